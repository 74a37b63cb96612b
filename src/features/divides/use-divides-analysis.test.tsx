import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyseDivides } from '../../domain/divides/divides-analysis';
import { scoreFeed } from '../../domain/scoring/score-feed';
import { defaultWeights } from '../../domain/scoring/weights';
import type { ScoreMetric } from '../../lib/url-state/metric';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { useDividesAnalysis } from './use-divides-analysis';

const weights = defaultWeights(minimalFeed);
const scores = scoreFeed(minimalFeed, weights);
const standard = minimalFeed.standards[0]!.id;

describe('useDividesAnalysis', () => {
  it('keeps every metric’s divide trend when the measure changes, and gives the fresh analysis', () => {
    const { result, rerender } = renderHook(
      ({ metric, period }: { metric: ScoreMetric; period: string }) =>
        useDividesAnalysis(minimalFeed, scores, weights, 'default', period, metric),
      { initialProps: { metric: { kind: 'overall' }, period: '2026-Q2' } },
    );
    const first = result.current.analysis!;
    const metric: ScoreMetric = { kind: 'standard', id: standard };
    rerender({ metric, period: '2026-Q2' });
    const second = result.current.analysis!;
    expect(second.divides).toBe(first.divides);
    expect(second).toEqual(analyseDivides(minimalFeed, scores, weights, '2026-Q2', metric));
    rerender({ metric, period: '2026-Q1' });
    expect(result.current.analysis!.divides).not.toBe(first.divides);
    expect(result.current.analysis).toEqual(
      analyseDivides(minimalFeed, scores, weights, '2026-Q1', metric),
    );
  });
});
