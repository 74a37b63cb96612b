/**
 * The map reads a system's change over the year from two points (now and a year earlier) instead of
 * the system's whole series; the figures must be the ones the whole series gave. For seeded random
 * feeds with one quarter removed, every measure (overall, each category, each standard), every
 * quarter and every system: mapData's change equals changeOverYear over systemSeries, the
 * definition the map used before, and each point the reader gives is the series' point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { PERIODS, cellStatusArrays, feedWithout } from '../../testing/ten-quarter-feeds';
import { changeOverYear } from '../periods/change-over-year';
import { scoreFeed } from '../scoring/score-feed';
import { systemPointReader, systemSeries } from '../scoring/series';
import { defaultWeights } from '../scoring/weights';
import { mapData } from './map-model';
import { metricValue } from './metric-value';
import type { MetricChoice } from './metric-value';

const statuses = cellStatusArrays(5);

const METRICS: MetricChoice[] = [
  { kind: 'overall' },
  ...minimalFeed.categories.map((c): MetricChoice => ({ kind: 'category', id: c.id })),
  ...minimalFeed.standards.map((s): MetricChoice => ({ kind: 'standard', id: s.id })),
];

describe('the map change over the year from two points (property)', () => {
  it('equals changeOverYear over the whole series for every measure, quarter and system', () => {
    let compared = 0;
    fc.assert(
      fc.property(statuses, fc.constantFrom(...PERIODS), (cellStatuses, removed) => {
        const feed = feedWithout(cellStatuses, removed);
        const scores = scoreFeed(feed, defaultWeights(feed));
        for (const metric of METRICS) {
          const pick = (system: Parameters<typeof metricValue>[0]) => metricValue(system, metric);
          for (const period of feed.periods) {
            for (const datum of mapData(feed, scores, period, metric, {})) {
              const series = systemSeries(feed, scores, datum.code, pick);
              expect(datum.changeOverYear).toBe(changeOverYear(series, period)?.value ?? null);
              if (datum.changeOverYear !== null) compared += 1;
            }
          }
        }
      }),
      { seed: 20261206, numRuns: 40 },
    );
    // The agreement must not be that of nulls only.
    expect(compared).toBeGreaterThan(200);
  });

  it('the reader gives the series point of every system in every period, and none elsewhere', () => {
    fc.assert(
      fc.property(statuses, fc.constantFrom(...PERIODS), (cellStatuses, removed) => {
        const feed = feedWithout(cellStatuses, removed);
        const scores = scoreFeed(feed, defaultWeights(feed));
        const pointIn = systemPointReader(feed, scores);
        for (const system of feed.geography.systems) {
          const series = systemSeries(feed, scores, system.code);
          for (const period of [...PERIODS, '2019-Q1']) {
            expect(pointIn(system.code, period)).toEqual(
              series.find((point) => point.period === period),
            );
          }
        }
        expect(pointIn('not-a-system', PERIODS[0]!)).toBeUndefined();
      }),
      { seed: 20261206, numRuns: 40 },
    );
  });
});
