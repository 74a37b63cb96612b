/** Invariants of gap ranking over generated spine rows (fast-check, seeded). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapsAndStrengths } from './gaps';
import type { SpineRow } from './spine-rows';

const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
const rowsArb = fc
  .array(fc.tuple(score, score, score), { maxLength: 40 })
  .map((tuples) =>
    tuples.map(
      ([value, peerMedian, england], i) =>
        ({ id: `s${i}`, name: `Standard ${i}`, value, peerMedian, england }) as SpineRow,
    ),
  );
const RUNS = { seed: 7, numRuns: 200 };

describe('gapsAndStrengths: invariants', () => {
  it('gaps are behind and strengths ahead by more than 5 points, largest stated first, at most 5', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { gaps, strengths } = gapsAndStrengths(rows);
        expect(gaps.length).toBeLessThanOrEqual(5);
        expect(strengths.length).toBeLessThanOrEqual(5);
        gaps.forEach((g) => expect(g.gap).toBeLessThan(-5));
        strengths.forEach((g) => expect(g.gap).toBeGreaterThan(5));
        for (const list of [gaps, strengths]) {
          list
            .slice(1)
            .forEach((g, i) => expect(Math.abs(g.gap)).toBeLessThanOrEqual(Math.abs(list[i]!.gap)));
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(gapsAndStrengths([...rows].reverse())).toEqual(gapsAndStrengths(rows));
      }),
      RUNS,
    );
  });
});
