import { describe, expect, it } from 'vitest';
import { density, rankText } from './profile-format';

const NBSP = '\u00a0';

describe('density', () => {
  it.each<[string, number | null, string]>([
    ['not given', null, 'Not known'],
    ['not finite (a zero area slipped through)', Number.POSITIVE_INFINITY, 'Not known'],
    ['not a number', Number.NaN, 'Not known'],
    ['a London density', 5432.4, `5,432${NBSP}per${NBSP}km²`],
    ['exactly one', 1, `1${NBSP}per${NBSP}km²`],
    ['half a person rounds up to 1', 0.5, `1${NBSP}per${NBSP}km²`],
    ['below half: never "0 per km²"', 0.4, `Fewer than 1${NBSP}per${NBSP}km²`],
    ['a population of 1 over 1,000,000 km²', 1e-6, `Fewer than 1${NBSP}per${NBSP}km²`],
  ])('%s', (_name, value, text) => {
    expect(density(value)).toBe(text);
  });
});

describe('rankText', () => {
  it.each([
    ['unranked', null, undefined, 'None'],
    ['a rank with no interval', 3, undefined, '3rd of 42'],
    ['an interval of one rank', 12, { rank: 12, low: 12, high: 12 }, '12th of 42'],
    ['an interval', 12, { rank: 12, low: 8, high: 17 }, '12th (8th–17th) of 42'],
  ])('%s', (_name, rank, interval, expected) => {
    expect(rankText({ rank, rankedCount: 42 }, interval, 'None')).toBe(expected);
  });
});
