import { describe, expect, it } from 'vitest';
import { capitalise } from './capitalise';

describe('capitalise', () => {
  it.each([
    ['readiness', 'Readiness'],
    ['share of systems live', 'Share of systems live'],
    ['eRS adoption', 'ERS adoption'],
    ['NHS App', 'NHS App'],
    ['x', 'X'],
    ['', ''],
    ['3 standards', '3 standards'],
  ])('%j -> %j', (text, expected) => {
    expect(capitalise(text)).toBe(expected);
  });
});
