import { describe, expect, it } from 'vitest';
import type { AdoptionStatus } from '../feed/feed-schema';
import { STANDARD_SCORE_TABLE, standardScore } from './standard-score';

describe('standardScore', () => {
  it.each<[AdoptionStatus, number | undefined, number]>([
    ['not-started', undefined, 0],
    ['not-started', 0.3, 0], // coverage is not used before piloting
    ['planned', undefined, 10],
    ['planned', 0.08, 10],
    ['piloting', undefined, 30], // 30 + 70 x 0 (none assumed)
    ['piloting', 0.15, 40.5], // 30 + 70 x 0.15 = 30 + 10.5
    ['partial', undefined, 65], // 30 + 70 x 0.5 (half assumed)
    ['partial', 0, 30],
    ['partial', 0.25, 47.5], // 30 + 17.5
    ['partial', 0.5, 65],
    ['live', undefined, 100], // 30 + 70 x 1
    ['live', 1, 100],
    ['live', 0.9, 93], // 30 + 63: scored on the count, not the word
  ])('%s with coverage %s scores %s', (status, coverage, expected) => {
    expect(standardScore(status, coverage)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['above 1', 1.5, 100],
    ['below 0', -0.2, 30],
    ['NaN', Number.NaN, 30],
  ])('keeps coverage %s inside 0-100', (_name, coverage, expected) => {
    expect(standardScore('partial', coverage)).toBe(expected);
  });

  it('agrees with the published table, with and without coverage', () => {
    for (const rule of STANDARD_SCORE_TABLE) {
      expect(standardScore(rule.status)).toBe(rule.scoreWithoutCoverage);
      const expected = rule.usesCoverage ? 30 + 70 * 0.4 : rule.scoreWithoutCoverage;
      expect(standardScore(rule.status, 0.4)).toBeCloseTo(expected, 10);
      if (rule.assumedCoverage !== null) {
        expect(standardScore(rule.status, rule.assumedCoverage)).toBe(rule.scoreWithoutCoverage);
      }
    }
  });

  it('lists every status once, in order of progress, with rising scores', () => {
    expect(STANDARD_SCORE_TABLE.map((rule) => rule.status)).toEqual([
      'not-started',
      'planned',
      'piloting',
      'partial',
      'live',
    ]);
    const scores = STANDARD_SCORE_TABLE.map((rule) => rule.scoreWithoutCoverage);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
