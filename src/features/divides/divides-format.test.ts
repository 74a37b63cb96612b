import { describe, expect, it } from 'vitest';
import { fixed, fixedTo, signed, signedTo } from './divides-format';

describe('divides formatters', () => {
  it.each([
    ['fixed', fixed(12.345, 1), '12.3'],
    ['fixed, never -0.0', fixed(-0.04, 1), '0.0'],
    ['fixed, none', fixed(null, 1), '–'],
    ['fixed, missing', fixed(undefined, 2), '–'],
    ['fixed, NaN', fixed(Number.NaN, 0), '–'],
    ['signed, up', signed(2.06, 1), '+2.1'],
    ['signed, down with a true minus', signed(-0.44, 1), '\u22120.4'],
    ['signed, infinite', signed(Number.POSITIVE_INFINITY, 1), '–'],
    ['fixedTo', fixedTo(3)(0.12345), '0.123'],
    ['fixedTo, none', fixedTo(1)(null), '–'],
    ['signedTo', signedTo(3)(0.0126), '+0.013'],
  ])('%s', (_, shown, expected) => {
    expect(shown).toBe(expected);
  });
});
