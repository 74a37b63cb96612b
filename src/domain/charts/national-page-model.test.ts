import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { rankIntervals } from '../scoring/ranks';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { mapData } from './map-model';
import type { MetricChoice } from './metric-value';
import {
  nationalPageModel,
  nationalQuarterModel,
  nationalStandardHighlights,
} from './national-page-model';
import { lowestStandards, movedMost } from './standard-highlights';
import { standardRows } from '../tables/standard-rows';
import { regionRows } from './region-rows';

const feed = minimalFeed as unknown as Feed;
const weights = defaultWeights(feed);
const scores = scoreFeed(feed, weights);
const intervals = rankIntervals(feed, '2026-Q2', weights);

describe('nationalPageModel', () => {
  it('is null for a quarter with no scores', () => {
    expect(nationalPageModel(feed, scores, '2019-Q1', { kind: 'overall' }, intervals)).toBeNull();
  });

  it.each<[string, MetricChoice, string]>([
    ['overall readiness', { kind: 'overall' }, 'readiness'],
    ['a standard', { kind: 'standard', id: 'bars' }, 'Booking and Referral Standard score'],
  ])('for %s, holds what the page used to build piece by piece', (_name, metric, what) => {
    const model = nationalPageModel(feed, scores, '2026-Q2', metric, intervals);
    expect(model?.what).toBe(what);
    expect(model?.national).toBe(scores.byPeriod['2026-Q2']?.national);
    expect(model?.map).toEqual(mapData(feed, scores, '2026-Q2', metric, intervals));
    expect(model?.regions).toEqual(regionRows(scores, '2026-Q2', feed.geography.regions));
  });

  it.each([
    // 2025-Q4: S1 49.2, S2 53.3, S3 45.3, all below 60.
    ['2025-Q4', 3],
    // 2026-Q1: S1 65, S2 46.25, S3 55.
    ['2026-Q1', 2],
    // 2026-Q2: S1 82.5, S3 65, S4 90.7.
    ['2026-Q2', 0],
  ])('in %s counts %i systems below 60', (period, below) => {
    expect(nationalPageModel(feed, scores, period, { kind: 'overall' }, intervals)?.below).toBe(
      below,
    );
  });

  it('gives no trend word with fewer than five quarters up to the one shown', () => {
    const model = nationalPageModel(feed, scores, '2026-Q1', { kind: 'overall' }, intervals);
    expect(model?.trend.word).toBeNull();
  });

  it('gives equal models for equal inputs', () => {
    const once = nationalPageModel(feed, scores, '2026-Q2', { kind: 'overall' }, intervals);
    const again = nationalPageModel(feed, scores, '2026-Q2', { kind: 'overall' }, intervals);
    expect(again).toEqual(once);
  });
});

describe('nationalQuarterModel', () => {
  it('is null for a quarter with no scores', () => {
    expect(nationalQuarterModel(feed, scores, '2019-Q1')).toBeNull();
  });

  it.each(['2025-Q4', '2026-Q1', '2026-Q2'])(
    'in %s holds the page model but its measure, which reuses its very objects',
    (period) => {
      const quarter = nationalQuarterModel(feed, scores, period);
      const page = nationalPageModel(feed, scores, period, { kind: 'overall' }, intervals);
      expect({ ...quarter, what: page?.what, map: page?.map }).toEqual(page);
      const metric: MetricChoice = { kind: 'standard', id: 'bars' };
      const reused = nationalPageModel(feed, scores, period, metric, intervals, undefined, quarter);
      expect(reused?.trend).toBe(quarter?.trend);
      expect(reused?.regions).toBe(quarter?.regions);
      expect(reused).toEqual(nationalPageModel(feed, scores, period, metric, intervals));
    },
  );
});

describe('nationalStandardHighlights', () => {
  it('is null for a quarter with no scores', () => {
    expect(nationalStandardHighlights(feed, scores, '2019-Q1')).toBeNull();
  });

  it.each(['2025-Q4', '2026-Q1', '2026-Q2'])(
    'in %s lists the standards furthest behind and that moved most, from the rows',
    (period) => {
      const rows = standardRows(feed, scores, period);
      expect(rows.length).toBeGreaterThan(0);
      expect(nationalStandardHighlights(feed, scores, period)).toEqual({
        lowest: lowestStandards(rows),
        moved: movedMost(rows),
      });
    },
  );
});
