/**
 * Invariants of the measures and measurements tables over generated rows (fast-check, seeded): the
 * parser never throws, accepted + rejected = rows given, and every accepted measurement names an
 * accepted system and measure, has a period of the measure's kind, appears once and agrees with
 * its own numerator and denominator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import { measuredFeed } from '../../testing/fixtures/feeds/measured-feed';
import { expectedValue, valueAgrees } from '../measures/measure-value';
import { periodKind } from '../periods/period';
import { parseFeed } from './parse-feed';

const RUNS = { seed: 1402, numRuns: 300 };

const measurementRow = fc.record(
  {
    system: fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S9', ''),
    measure: fc.constantFrom('app-users-per-1000', 'practices-enabled', 'app-logins', 'x'),
    period: fc.constantFrom('2025-08', '2026-04', '2025-Q3', '2025/26', '2025/27', '2025-13'),
    numerator: fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constant(Number.NaN)),
    denominator: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constant(null)),
    value: fc.oneof(fc.double({ min: -1, max: 2000, noNaN: true }), fc.constant('3')),
  },
  { requiredKeys: ['system', 'measure', 'period'] },
);

const rows = fc.array(fc.oneof(measurementRow, fc.anything()), { maxLength: 25 });

describe('measurements, whatever the rows', () => {
  it('never throws, reconciles its counts and keeps only consistent rows', () => {
    fc.assert(
      fc.property(rows, (measurements) => {
        const parsed = expectParsed(parseFeed({ ...measuredFeed, measurements }));
        expectCountsReconcile(parsed);
        const { counts, feed } = parsed;
        expect(counts.measurements.accepted + counts.measurements.rejected).toBe(
          measurements.length,
        );
        const measures = new Map(feed.measures.map((measure) => [measure.id, measure]));
        const systems = new Set(feed.geography.systems.map((system) => system.code));
        const keys = new Set<string>();
        for (const row of feed.measurements) {
          const measure = measures.get(row.measure);
          expect(measure && systems.has(row.system)).toBeTruthy();
          if (!measure) continue;
          expect(periodKind(row.period)).toBe(measure.frequency);
          const key = `${row.system}/${row.measure}/${row.period}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
          const expected = expectedValue(measure, row.numerator, row.denominator);
          expect(valueAgrees(row.value, expected)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('accepts the same rows whatever their order, duplicates aside', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(measuredFeed.measurements), (measurements) => {
        const parsed = expectParsed(parseFeed({ ...measuredFeed, measurements }));
        expect(parsed.counts.measurements.rejected).toBe(0);
        expect(new Set(parsed.feed.measurements)).toEqual(new Set(measurements));
      }),
      RUNS,
    );
  });
});
