/**
 * Invariants of the standards tables over generated observations (fast-check, seeded so every
 * run is the same): counts reconcile, shares stay in 0-1, leaders and laggards never overlap and
 * are ordered, and the order of the feed's rows changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { ADOPTION_STATUSES } from '../adoption/adoption-statuses';
import type { Feed, Observation } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { leadersAndLaggards, statusMixRows } from './standard-detail';
import { regionalRows } from './standard-region-rows';
import { standardRows } from './standard-rows';

const RUNS = { seed: 7, numRuns: 150 };
const LATEST = '2026-Q2';

const observation: fc.Arbitrary<Observation> = fc.record(
  {
    system: fc.constantFrom(...minimalFeed.geography.systems.map((s) => s.code)),
    standard: fc.constantFrom(...minimalFeed.standards.map((s) => s.id)),
    period: fc.constantFrom(...minimalFeed.periods),
    status: fc.constantFrom(...ADOPTION_STATUSES),
    coverage: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: ['system', 'standard', 'period', 'status'] },
);
const observations = fc.uniqueArray(observation, {
  selector: (o) => `${o.system}|${o.standard}|${o.period}`,
  maxLength: 40,
});

function tablesOf(rows: Observation[]) {
  const feed: Feed = { ...minimalFeed, observations: rows };
  const scores = scoreFeed(feed, defaultWeights(feed));
  return { feed, scores };
}

describe('standards tables (properties)', () => {
  it('reconcile: statuses add up to the systems reporting, regions to England', () => {
    fc.assert(
      fc.property(observations, (rows) => {
        const { feed, scores } = tablesOf(rows);
        for (const row of standardRows(feed, scores, LATEST)) {
          const mix = statusMixRows(feed, scores, row.id, LATEST).at(-1);
          const total = ADOPTION_STATUSES.reduce((sum, status) => sum + (mix?.[status] ?? 0), 0);
          expect(total).toBe(row.reporting);
          expect(mix?.live).toBe(row.live);
          const regions = regionalRows(feed, scores, row.id, LATEST);
          expect(regions.reduce((sum, region) => sum + region.reporting, 0)).toBe(row.reporting);
          for (const share of [row.shareLive, row.populationCovered]) {
            if (share !== null) expect(share).toBeGreaterThanOrEqual(0);
            if (share !== null) expect(share).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lists a system as both leader and laggard, and orders each list', () => {
    fc.assert(
      fc.property(observations, (rows) => {
        const { feed, scores } = tablesOf(rows);
        for (const { id } of feed.standards) {
          const { leaders, laggards } = leadersAndLaggards(feed, scores, id, LATEST);
          const codes = new Set(leaders.map((system) => system.code));
          expect(laggards.some((system) => codes.has(system.code))).toBe(false);
          const top = leaders.map((system) => system.score);
          const bottom = laggards.map((system) => system.score);
          expect(top).toEqual([...top].sort((a, b) => b - a));
          expect(bottom).toEqual([...bottom].sort((a, b) => a - b));
          if (top.length > 0 && bottom.length > 0) {
            expect(Math.min(...top)).toBeGreaterThanOrEqual(Math.max(...bottom));
          }
        }
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the feed rows', () => {
    fc.assert(
      fc.property(observations, (rows) => {
        const forward = tablesOf(rows);
        const backward = tablesOf([...rows].reverse());
        expect(standardRows(backward.feed, backward.scores, LATEST)).toEqual(
          standardRows(forward.feed, forward.scores, LATEST),
        );
      }),
      RUNS,
    );
  });
});
