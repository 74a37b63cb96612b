/**
 * Invariants of the method over generated observations and weights (fast-check, seeded so every
 * run is the same): scores stay in range, row order changes nothing, scaling every weight changes
 * nothing, full adoption scores 100, and rank intervals always hold the rank.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { AdoptionStatus, Feed, Observation } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { rankIntervals } from './ranks';
import { scoreFeed } from './score-feed';
import type { FeedScores } from './score-feed';
import type { Weights } from './weights';

const RUNS = { seed: 42, numRuns: 200 };
const base: Feed = minimalFeed;
const systemCodes = base.geography.systems.map((s) => s.code);
const standardIds = base.standards.map((s) => s.id);
const STATUSES: AdoptionStatus[] = ['not-started', 'planned', 'piloting', 'partial', 'live'];

const observation: fc.Arbitrary<Observation> = fc.record(
  {
    system: fc.constantFrom(...systemCodes),
    standard: fc.constantFrom(...standardIds),
    period: fc.constantFrom(...base.periods),
    status: fc.constantFrom(...STATUSES),
    coverage: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['system', 'standard', 'period', 'status'] },
);
const observations = fc.uniqueArray(observation, {
  selector: (o) => `${o.system}|${o.standard}|${o.period}`,
  maxLength: 40,
});
const weight = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 100 }),
  fc.double({ min: 0.001, max: 100, noNaN: true }),
);
const weights: fc.Arbitrary<Weights> = fc.record({
  categories: fc.record({ identity: weight, transfers: weight }),
  standards: fc.record({ 'nhs-number': weight, 'e-rs': weight, bars: weight }),
});

function feedWith(rows: Observation[]): Feed {
  return { ...base, observations: rows };
}

function scale(w: Weights, factor: number): Weights {
  const times = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [id, value * factor]));
  return { categories: times(w.categories), standards: times(w.standards) };
}

function inRange(value: number | null, low: number, high: number): boolean {
  return value === null || (value >= low && value <= high);
}

function allSystems(scores: FeedScores) {
  return Object.values(scores.byPeriod).flatMap((p) => p.systems);
}

describe('scoreFeed properties', () => {
  it('keeps every score in 0-100 and every completeness in 0-1', () => {
    fc.assert(
      fc.property(observations, weights, (rows, w) => {
        for (const system of allSystems(scoreFeed(feedWith(rows), w))) {
          expect(inRange(system.overall, 0, 100)).toBe(true);
          expect(inRange(system.completeness, 0, 1)).toBe(true);
          for (const category of Object.values(system.categories)) {
            expect(inRange(category.score, 0, 100)).toBe(true);
            expect(inRange(category.completeness, 0, 1)).toBe(true);
          }
          for (const score of Object.values(system.standards)) {
            expect(inRange(score, 0, 100)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('puts a weighted mean between the lowest and highest reported standard score', () => {
    fc.assert(
      fc.property(observations, (rows) => {
        const w = { categories: { identity: 1, transfers: 2 }, standards: {} };
        for (const system of allSystems(scoreFeed(feedWith(rows), w))) {
          const reported = Object.values(system.standards).filter((v) => v !== null);
          if (reported.length === 0) expect(system.overall).toBeNull();
          else
            expect(inRange(system.overall, Math.min(...reported), Math.max(...reported))).toBe(
              true,
            );
        }
      }),
      RUNS,
    );
  });

  it('gives the same result whatever the order of the rows', () => {
    const rowsAndShuffle = observations.chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
      ),
    );
    fc.assert(
      fc.property(rowsAndShuffle, weights, ([rows, shuffled], w) => {
        expect(scoreFeed(feedWith(shuffled), w)).toEqual(scoreFeed(feedWith(rows), w));
      }),
      RUNS,
    );
  });

  it('changes nothing when every weight is doubled', () => {
    fc.assert(
      fc.property(observations, weights, (rows, w) => {
        const feed = feedWith(rows);
        expect(scoreFeed(feed, scale(w, 2))).toEqual(scoreFeed(feed, w));
      }),
      RUNS,
    );
  });

  it('changes nothing visible when every weight is scaled by any positive factor', () => {
    fc.assert(
      fc.property(
        observations,
        weights,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (rows, w, k) => {
          const feed = feedWith(rows);
          const a = allSystems(scoreFeed(feed, w));
          const b = allSystems(scoreFeed(feed, scale(w, k)));
          a.forEach((system, i) => {
            const other = b[i]!;
            if (system.overall === null) expect(other.overall).toBeNull();
            else expect(other.overall).toBeCloseTo(system.overall, 6);
            expect(other.completeness).toBeCloseTo(system.completeness, 6);
          });
        },
      ),
      RUNS,
    );
  });

  it('scores a system live on every standard 100, with completeness 1', () => {
    const liveRow = fc.constantFrom<Pick<Observation, 'coverage'>>({}, { coverage: 1 });
    fc.assert(
      fc.property(weights, liveRow, (w, coverage) => {
        const rows = base.geography.systems.flatMap((system) =>
          base.periods
            .filter((period) => isSystemValidIn(system, period))
            .flatMap((period) =>
              standardIds.map((standard) => ({
                system: system.code,
                standard,
                period,
                status: 'live' as const,
                ...coverage,
              })),
            ),
        );
        const counts = base.standards.some(
          (s) => (w.standards[s.id] ?? 0) > 0 && (w.categories[s.categoryId] ?? 0) > 0,
        );
        for (const system of allSystems(scoreFeed(feedWith(rows), w))) {
          expect(system.overall).toBe(counts ? 100 : null);
          expect(system.completeness).toBe(counts ? 1 : 0);
        }
      }),
      RUNS,
    );
  });
});

describe('rankIntervals properties', () => {
  it('are deterministic for a seed and always hold the rank', () => {
    fc.assert(
      fc.property(observations, weights, fc.constantFrom(...base.periods), (rows, w, period) => {
        const feed = feedWith(rows);
        const intervals = rankIntervals(feed, period, w, { draws: 50, seed: 3 });
        expect(rankIntervals(feed, period, w, { draws: 50, seed: 3 })).toEqual(intervals);
        const count = Object.keys(intervals).length;
        for (const { rank, low, high } of Object.values(intervals)) {
          expect(1 <= low && low <= rank && rank <= high && high <= count).toBe(true);
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
