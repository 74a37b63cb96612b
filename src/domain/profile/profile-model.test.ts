/**
 * The whole model on the minimal feed (see score-feed.test.ts for the scores): overall S1 49.17,
 * 65, 82.5; S2 53.33, 46.25 (ended 31 March 2026); S3 45.33, 55, 65; S4 (new, from 60% of S2)
 * 90.67 in 2026-Q2.
 */
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { Feed } from '../feed/feed-schema';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import { buildProfileModel } from './profile-model';
import { profilePeriod } from './profile-period';
import { vintageMarker } from './profile-trend';

const feed: Feed = minimalFeed;
const scores = scoreFeed(feed, defaultWeights(feed));
const system = (code: string) => feed.geography.systems.find((s) => s.code === code)!;

describe('profilePeriod', () => {
  it.each([
    ['S1', '2026-Q2', { period: '2026-Q2', note: null }],
    ['S2', '2025-Q4', { period: '2025-Q4', note: null }],
    ['S2', '2026-Q2', { period: '2026-Q1', note: 'ended' }],
    ['S4', '2025-Q4', { period: '2026-Q2', note: 'not-yet-begun' }],
  ])('%s asked for %s', (code, requested, expected) => {
    expect(profilePeriod(system(code), feed.periods, requested)).toEqual(expected);
  });

  it('has no quarter for a system that existed through none', () => {
    const brief = { validFrom: '2026-05-01', validTo: '2026-05-31' };
    expect(profilePeriod(brief, feed.periods, '2026-Q2')).toEqual({ period: null, note: null });
  });
});

describe('vintageMarker', () => {
  it.each([
    ['S4', { period: '2026-Q2', label: 'Vale and Shore began' }],
    ['S2', { period: '2026-Q1', label: 'North Vale ended' }],
    // East Shore kept its code and took 40% of North Vale on 1 April 2026.
    ['S3', { period: '2026-Q2', label: 'Area changed' }],
    ['S1', null],
  ])('%s', (code, expected) => {
    expect(vintageMarker(feed, system(code), feed.periods)).toEqual(expected);
  });
});

describe('buildProfileModel', () => {
  const model = buildProfileModel({
    feed,
    scores,
    code: 'S1',
    period: '2026-Q2',
    peers: ['S3', 'S4'],
  });

  it('reads the system against its peers', () => {
    expect(model.peers).toEqual(['S3', 'S4']);
    // Peers 65 and 90.667: median 77.833.
    expect(model.headline?.peerMedian).toBeCloseTo(77.833333333, 8);
    expect(model.headline?.overall).toBe(82.5);
    expect([model.headline?.peerRank, model.headline?.peerRankedCount]).toEqual([2, 3]);
  });

  it('draws the peer median over time from the peers rebased series', () => {
    const peers = model.trend.series.find((s) => s.key === 'peers')!;
    // 2025-Q4: S3 45.333, S4 rebased 53.333: 49.333. 2026-Q1: 55 and 46.25: 50.625.
    expect(peers.points.map((p) => Number(p.value?.toFixed(6)))).toEqual([
      49.333333, 50.625, 77.833333,
    ]);
    expect(model.trend.series.map((s) => s.label)).toEqual([
      'West Hills',
      'England',
      'North',
      'Peer median',
    ]);
    expect(model.trend.marker).toBeNull();
  });

  it('lists the technology in use and how common it is', () => {
    expect(model.technology).toEqual([
      {
        component: 'shared-care-record',
        componentName: 'Shared care record',
        product: 'Care Record One',
        supplier: 'Supplier A',
        systemsUsing: 1,
        systemsReporting: 2,
      },
    ]);
  });

  it('shows an ended system at its last quarter with its own peers', () => {
    const ended = buildProfileModel({
      feed,
      scores,
      code: 'S2',
      period: '2026-Q2',
      peers: ['S1', 'S4'],
    });
    expect([ended.period, ended.periodNote]).toEqual(['2026-Q1', 'ended']);
    // S4 did not exist in 2026-Q1: dropped.
    expect(ended.peers).toEqual(['S1']);
    expect(ended.headline?.overall).toBe(46.25);
    expect(ended.trend.marker).toEqual({ period: '2026-Q1', label: 'North Vale ended' });
  });

  it('refuses an unknown code', () => {
    expect(() =>
      buildProfileModel({ feed, scores, code: 'X', period: '2026-Q2', peers: [] }),
    ).toThrow(RangeError);
  });
});

describe('buildProfileModel with the quarter shown passed in', () => {
  it('uses it as given rather than working it out again', () => {
    const shown = profilePeriod(system('S2'), feed.periods, '2026-Q2');
    const input = { feed, scores, code: 'S2', period: '2026-Q2', peers: [] };
    expect(buildProfileModel({ ...input, shown })).toEqual(buildProfileModel(input));
    // A caller's answer is trusted: S2 shown in 2025-Q4 although 2026-Q1 was its last quarter.
    const forced = buildProfileModel({ ...input, shown: { period: '2025-Q4', note: 'ended' } });
    // S2's overall in 2025-Q4 is 53.33 (see the top of this file).
    expect([forced.period, forced.periodNote, forced.headline?.overall]).toEqual([
      '2025-Q4',
      'ended',
      scores.byPeriod['2025-Q4']?.systems.find((s) => s.code === 'S2')?.overall,
    ]);
    expect(forced.headline?.overall).toBeCloseTo(53.33, 2);
  });
});
