/**
 * reportsByStandard keeps each standard's reports by the system's place in the quarter, and the
 * index by period can be built a slice at a time: on seeded random feeds (rows shuffled, repeated,
 * for unknown systems) both give what the Map-keyed, sorted reading gave before (kept here).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADOPTION_STATUSES } from '../adoption/adoption-statuses';
import type { AdoptionStatus, Feed, Observation } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import type { PeriodScores } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { CELLS } from '../../testing/ten-quarter-feeds';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { indexRowsByPeriod, reportsByStandard } from './standard-reports';
import type { StandardReport } from './standard-reports';

/** The reading before: every row of the quarter into a Map per standard keyed by system, sorted. */
function reportsBefore(feed: Feed, periodScores: PeriodScores): Map<string, StandardReport[]> {
  const systems = new Map(periodScores.systems.map((system, index) => [system.code, index]));
  const byStandard = new Map<string, Map<string, StandardReport>>();
  for (const row of feed.observations) {
    if (row.period !== periodScores.period) continue;
    const index = systems.get(row.system);
    const system = index === undefined ? undefined : periodScores.systems[index];
    if (!system) continue;
    const reports = byStandard.get(row.standard) ?? new Map<string, StandardReport>();
    byStandard.set(row.standard, reports);
    reports.set(row.system, {
      code: system.code,
      regionCode: system.regionCode,
      population: system.population,
      status: row.status,
      coverage: row.coverage ?? null,
      score: system.standards[row.standard] ?? null,
    });
  }
  const order = (report: StandardReport) => systems.get(report.code) ?? 0;
  return new Map(
    [...byStandard].map(([id, reports]) => [
      id,
      [...reports.values()].sort((a, b) => order(a) - order(b)),
    ]),
  );
}

const row: fc.Arbitrary<DrawnRow> = fc.record({
  cell: fc.nat({ max: CELLS.length - 1 }),
  status: fc.constantFrom<AdoptionStatus>(...ADOPTION_STATUSES),
  coverage: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  stranger: fc.boolean(),
});

interface DrawnRow {
  cell: number;
  status: AdoptionStatus;
  coverage: number | undefined;
  stranger: boolean;
}

function feedOf(rows: DrawnRow[]): Feed {
  const observations: Observation[] = rows.map(({ cell, status, coverage, stranger }) => {
    const at = CELLS[cell]!;
    return {
      ...at,
      system: stranger ? 'NOT-A-SYSTEM' : at.system,
      status,
      ...(coverage === undefined ? {} : { coverage }),
    };
  });
  return { ...(minimalFeed as unknown as Feed), observations };
}

describe('reportsByStandard on random feeds', () => {
  it('gives the reports the sorted, Map-keyed reading gave, in every quarter', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        const feed = feedOf(rows);
        const scores = scoreFeed(feed, defaultWeights(feed));
        for (const periodScores of Object.values(scores.byPeriod)) {
          expect(reportsByStandard(feed, periodScores)).toEqual(reportsBefore(feed, periodScores));
        }
      }),
      { seed: 18, numRuns: 60 },
    );
  });

  it('reads the same rows from an index built a few rows at a time', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 200 }),
        fc.integer({ min: 1, max: 50 }),
        (rows, budget) => {
          const feed = feedOf(rows);
          const scores = scoreFeed(feed, defaultWeights(feed));
          let steps = 1;
          while (!indexRowsByPeriod(feed.observations, budget)) steps += 1;
          expect(steps).toBe(Math.max(1, Math.ceil(rows.length / budget)));
          for (const periodScores of Object.values(scores.byPeriod)) {
            expect(reportsByStandard(feed, periodScores)).toEqual(
              reportsBefore(feed, periodScores),
            );
          }
        },
      ),
      { seed: 6, numRuns: 60 },
    );
  });
});
