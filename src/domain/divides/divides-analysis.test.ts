import { describe, expect, it } from 'vitest';
import { defaultWeights } from '../scoring/weights';
import { fourSystemsScored } from '../../testing/fixtures/domain/divides-test-data';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import type { MetricChoice } from '../charts/metric-value';
import { analyseDivides, dividesForMetric, metricFreeDivides } from './divides-analysis';
import { allMetrics } from './metric-values';

/*
 * The page works out the measure-free part once and reuses it for each measure the reader picks:
 * the result must be the analysis worked out afresh for that measure, on every measure.
 */
describe('dividesForMetric on a kept metricFreeDivides', () => {
  it('has several measures to pick on the minimal feed (overall, categories, standards)', () => {
    expect(allMetrics(minimalFeed).length).toBeGreaterThan(2);
  });

  const cases = [
    {
      name: 'four hand-made systems',
      ...fourSystemsScored([{ a: 'A', b: 'B' }]),
      period: '2026-Q1',
    },
    {
      name: 'the minimal feed',
      feed: minimalFeed,
      scores: scoreFeed(minimalFeed, defaultWeights(minimalFeed)),
      period: '2026-Q2',
    },
  ];
  it.each(cases)(
    'equals the fresh analysis for every measure: $name',
    ({ feed, scores, period }) => {
      const weights = defaultWeights(feed);
      const base = metricFreeDivides(feed, scores, weights, period);
      const metrics: MetricChoice[] = allMetrics(feed);
      for (const metric of metrics) {
        const kept = dividesForMetric(feed, scores, base, metric);
        expect(kept).toEqual(analyseDivides(feed, scores, weights, period, metric));
        expect(kept.divides).toBe(base.divides);
      }
    },
  );
});
