import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORE_BANDS, scoreBand } from './score-bands';

describe('scoreBand', () => {
  it.each([
    [null, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [0, 0],
    [29.4, 0],
    // Shown as "30", so shaded as 30 to 64, never as "under 30".
    [29.5, 1],
    [64.49, 1],
    [64.5, 2],
    [89.4, 2],
    [89.5, 3],
    [100, 3],
    // Out-of-range values (never produced by scoring) are clamped rather than left unshaded.
    [-3, 0],
    [120, 3],
  ])('%s -> band %s', (score, expected) => {
    expect(scoreBand(score)?.index ?? null).toBe(expected);
  });

  it('covers every whole score from 0 to 100 exactly once, in order', () => {
    const covered = SCORE_BANDS.flatMap((band) =>
      Array.from({ length: band.to - band.from + 1 }, (_, i) => band.from + i),
    );
    expect(covered).toEqual(Array.from({ length: 101 }, (_, i) => i));
  });

  it('never shades a higher score lighter than a lower one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(scoreBand(low)!.index).toBeLessThanOrEqual(scoreBand(high)!.index);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});
