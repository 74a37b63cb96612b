/**
 * The divides analyses must find the patterns the sample-feed generator planted
 * (scripts/sample-feed/planted-patterns.ts, docs/sample-feed.md): the stalled group falls behind,
 * the regional collaboratives make cross-ICS exchange a regional divide, and the deprivation
 * link shows as a steep negative gradient. The feed is read and parsed as the app reads it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEPRIVATION_LINK,
  REGIONAL_COLLABORATIVES,
  STALLED_GROUP,
} from '../../../scripts/sample-feed/planted-patterns';
import { parseFeed } from '../feed/parse-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { analyseDivides } from './divides-analysis';
import { deprivationGradient } from './deprivation-gradient';
import { fallingBehind } from './falling-behind';
import { dividesFindings } from './findings';
import { regionalSplitSeries } from './regional-split';
import { rankDivides } from './widening';

const parsed = parseFeed(JSON.parse(readFileSync('public/data/feed.json', 'utf8')));
if (!parsed.ok) throw new Error('the sample feed must parse');
const feed = parsed.feed;
const weights = defaultWeights(feed);
const scores = scoreFeed(feed, weights);
const standard = (id: string) => ({ kind: 'standard', id }) as const;

describe('planted pattern 1: the stalled group is found falling behind', () => {
  const group = new Set<string>(STALLED_GROUP.systems);
  const flagged = new Set(
    STALLED_GROUP.standards.flatMap((id) =>
      fallingBehind(feed, scores, standard(id), '2026-Q3').map((f) => f.code),
    ),
  );

  it('flags every system of the group on at least one of its standards by 2026-Q3', () => {
    expect(STALLED_GROUP.systems.filter((code) => !flagged.has(code))).toEqual([]);
  });

  it('flags mostly the group, not the rest', () => {
    const others = [...flagged].filter((code) => !group.has(code));
    expect(others.length).toBeLessThan(group.size / 2);
  });

  it('widens the divide on its standards after the stall began', () => {
    const widening = rankDivides(feed, scores, '2026-Q1')
      .filter((d) => d.verdict === 'widening')
      .map((d) => d.key);
    expect(widening).toContain('standard:gp-connect-access-record-structured');
    expect(widening).toContain('standard:nhs-app-integration');
  });
});

describe('planted pattern 2: regional collaboratives make cross-ICS exchange a regional divide', () => {
  const metric = standard(REGIONAL_COLLABORATIVES.standard);
  const split = new Map(
    regionalSplitSeries(scores, metric, '2026-Q3').map((p) => [p.period, p.split]),
  );

  it('is mostly local before the boost and mostly regional after it', () => {
    expect(split.get('2024-Q1')?.dominant).toBe('within regions');
    expect(split.get('2024-Q1')?.betweenShare).toBeLessThan(0.5);
    for (const period of ['2025-Q1', '2025-Q4', '2026-Q1', '2026-Q3']) {
      expect(split.get(period)?.dominant).toBe('between regions');
    }
    expect(split.get('2026-Q1')?.betweenShare).toBeGreaterThan(0.75);
  });

  it('puts the collaborative regions on top', () => {
    const regions = Object.entries(
      scores.byPeriod['2026-Q1']!.systems.reduce<Record<string, number[]>>(
        (acc, s) => ({
          ...acc,
          [s.regionCode]: [...(acc[s.regionCode] ?? []), s.standards[metric.id] ?? 0],
        }),
        {},
      ),
    )
      .map(([code, values]) => ({ code, mean: values.reduce((a, b) => a + b, 0) / values.length }))
      .sort((a, b) => b.mean - a.mean);
    expect(new Set(regions.slice(0, 2).map((r) => r.code))).toEqual(
      new Set(REGIONAL_COLLABORATIVES.regions.map((r) => r.code)),
    );
  });

  it('says so in words, and a standard without the boost stays local', () => {
    const analysis = analyseDivides(feed, scores, weights, '2026-Q1', metric);
    const regional = dividesFindings(feed, analysis).find((f) => f.topic === 'regional');
    expect(regional?.text).toContain('a regional divide');
    const control = regionalSplitSeries(scores, standard('nhs-login'), '2026-Q3');
    expect(control.every((p) => p.split?.dominant === 'within regions')).toBe(true);
  });
});

describe('planted pattern 3: the deprivation link', () => {
  it.each(DEPRIVATION_LINK.standards.map((id) => [id]))(
    '%s: more deprived systems score clearly lower in 2025-Q4',
    (id) => {
      const line = deprivationGradient(feed, scores, '2025-Q4', standard(id)).line!;
      expect(line.slope).toBeLessThan(-5);
      expect(line.correlation).toBeLessThan(-0.7);
    },
  );

  it.each([['nhs-number'], ['eps']])('%s (not planted) shows no real link', (id) => {
    const line = deprivationGradient(feed, scores, '2025-Q4', standard(id)).line!;
    expect(Math.abs(line.correlation ?? 0)).toBeLessThan(0.3);
  });

  it('is written as a finding', () => {
    const analysis = analyseDivides(feed, scores, weights, '2025-Q4', standard('dscr'));
    const text = dividesFindings(feed, analysis).find((f) => f.topic === 'deprivation')?.text;
    expect(text).toMatch(/^More deprived systems score lower on Digital Social Care Records/);
  });
});
