import { describe, expect, it } from 'vitest';
import { FeedSchema, type Observation } from '../../src/domain/feed/feed-schema';
import { feedWarnings } from '../../src/domain/feed/feed-warnings';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { buildSampleFeed, DEFAULT_GENERATED_AT, DEFAULT_SEED } from './build-feed';
import { isValidIn } from './periods';
import {
  DEPRIVATION_LINK,
  MISSING_OBSERVATIONS,
  REGIONAL_COLLABORATIVES,
  STALLED_GROUP,
} from './planted-patterns';
import { readReference } from './read-reference';
import { feedToJson } from './serialise-feed';
import { quarterRange } from '../../src/domain/periods/quarter';

const ref = readReference();
const options = { seed: DEFAULT_SEED, generatedAt: DEFAULT_GENERATED_AT };
const feed = buildSampleFeed(ref, options);

const adoption = (o: Observation) => o.coverage ?? 0;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function meanAdoption(period: string, keep: (o: Observation) => boolean): number {
  return mean(feed.observations.filter((o) => o.period === period && keep(o)).map(adoption));
}

describe('buildSampleFeed', () => {
  it('is deterministic: the same seed gives byte-identical JSON', () => {
    expect(feedToJson(buildSampleFeed(ref, options))).toBe(feedToJson(feed));
  });

  it('changes with the seed and stamps the given time, never the clock', () => {
    const other = buildSampleFeed(ref, { seed: 'other', generatedAt: '2027-01-01T00:00:00Z' });
    expect(other.metadata.generatedAt).toBe('2027-01-01T00:00:00Z');
    expect(feedToJson(other.observations)).not.toBe(feedToJson(feed.observations));
  });

  it('passes the feed contract', () => {
    const parsed = FeedSchema.safeParse(JSON.parse(feedToJson(feed)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('passes the app parser with zero rejected rows and no warnings', () => {
    const result = parseFeed(JSON.parse(feedToJson(feed)));
    if (!result.ok) throw new Error(result.fatal.reason);
    expect(result.issues).toEqual([]);
    for (const count of Object.values(result.counts)) expect(count.rejected).toBe(0);
    expect(result.counts.observations.accepted).toBe(feed.observations.length);
    expect(feedWarnings(result.feed, new Date('2026-10-20T00:00:00Z'))).toEqual([]);
  });

  it('says it is illustrative and names its sources', () => {
    expect(feed.metadata).toMatchObject({ schemaVersion: '1.0', illustrative: true });
    const notes = feed.metadata.sourceNotes.join(' ');
    for (const source of [
      'April 2023',
      'Census 2021',
      'Deprivation 2025',
      'HCWS915',
      'synthetic',
    ]) {
      expect(notes).toContain(source);
    }
  });

  it('has 42 + 7 systems, 11 periods, 37 standards and 9 categories', () => {
    expect(feed.geography.systems).toHaveLength(49);
    expect(feed.geography.regions).toHaveLength(7);
    // Eleven quarters, 2024-Q1 to 2026-Q3, with none missing.
    expect(feed.periods).toEqual(quarterRange('2024-Q1', '2026-Q3'));
    expect(feed.periods).toHaveLength(11);
    expect(feed.standards).toHaveLength(37);
    expect(feed.categories).toHaveLength(9);
  });

  it('has at most one observation per valid system, standard and period, and ~1% missing', () => {
    const systems = new Map(feed.geography.systems.map((s) => [s.code, s]));
    const keys = feed.observations.map((o) => `${o.system}|${o.standard}|${o.period}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of feed.observations) {
      const system = systems.get(o.system);
      expect(system && isValidIn(system, o.period)).toBe(true);
    }
    const slots = feed.periods.reduce(
      (sum, p) => sum + feed.geography.systems.filter((s) => isValidIn(s, p)).length * 37,
      0,
    );
    expect(slots).toBe(9 * 42 * 37 + 2 * 36 * 37);
    const missing = 1 - feed.observations.length / slots;
    expect(missing).toBeGreaterThan(MISSING_OBSERVATIONS.probability / 2);
    expect(missing).toBeLessThan(MISSING_OBSERVATIONS.probability * 1.5);
  });

  it('reports coverage whenever something is running, and live only from 97%', () => {
    for (const o of feed.observations) {
      if (o.status === 'live') expect(o.coverage).toBeGreaterThanOrEqual(0.97);
      if (o.status === 'partial') expect(o.coverage).toBeLessThan(0.97);
      if (o.status === 'not-started' || o.status === 'planned') expect(o.coverage).toBeUndefined();
    }
  });

  it('has the FDP live in about 41 ICBs by 2025-Q3', () => {
    const live = feed.observations.filter(
      (o) => o.standard === 'fdp' && o.period === '2025-Q3' && o.status === 'live',
    ).length;
    expect(live).toBeGreaterThanOrEqual(38);
  });
});

describe('planted patterns', () => {
  const stalledSystems: ReadonlySet<string> = new Set(STALLED_GROUP.systems);
  const stalledStandards: ReadonlySet<string> = new Set(STALLED_GROUP.standards);

  it('(1) the stalled group falls further behind on its standards', () => {
    const gap = (period: string) =>
      meanAdoption(
        period,
        (o) => stalledStandards.has(o.standard) && !stalledSystems.has(o.system),
      ) -
      meanAdoption(period, (o) => stalledStandards.has(o.standard) && stalledSystems.has(o.system));
    expect(gap('2026-Q1') - gap('2025-Q1')).toBeGreaterThan(0.1);
    expect(gap('2026-Q3')).toBeGreaterThan(gap('2026-Q1'));
  });

  it('(2) regional collaboratives lift cross-ICS record exchange in their regions', () => {
    const regionOf = new Map(feed.geography.systems.map((s) => [s.code, s.regionCode]));
    const regions: ReadonlySet<string> = new Set(
      REGIONAL_COLLABORATIVES.regions.map((r) => r.code),
    );
    const lift = (period: string) =>
      meanAdoption(
        period,
        (o) =>
          o.standard === REGIONAL_COLLABORATIVES.standard &&
          regions.has(regionOf.get(o.system) ?? ''),
      ) -
      meanAdoption(
        period,
        (o) =>
          o.standard === REGIONAL_COLLABORATIVES.standard &&
          !regions.has(regionOf.get(o.system) ?? ''),
      );
    expect(Math.abs(lift('2024-Q1'))).toBeLessThan(0.1);
    expect(lift('2026-Q1')).toBeGreaterThan(0.3);
  });

  it('(3) more deprived systems adopt the deprivation-linked standards less', () => {
    const linked: ReadonlySet<string> = new Set(DEPRIVATION_LINK.standards);
    const of2023 = feed.geography.systems.filter((s) => s.validFrom === '2022-07-01');
    const imd = of2023.map((s) => s.imdScore ?? 0);
    const level = of2023.map((s) =>
      meanAdoption('2025-Q4', (o) => o.system === s.code && linked.has(o.standard)),
    );
    expect(correlation(imd, level)).toBeLessThan(-0.4);
  });

  it('(4) new systems continue smoothly from their predecessors', () => {
    const westNorth = meanAdoption('2026-Q2', (o) => o.system === 'E54000071');
    const predecessors = meanAdoption('2026-Q1', (o) =>
      ['E54000027', 'E54000028'].includes(o.system),
    );
    expect(Math.abs(westNorth - predecessors)).toBeLessThan(0.05);
  });
});

function correlation(xs: number[], ys: number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  const cov = xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0);
  const vx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const vy = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return cov / Math.sqrt(vx * vy);
}
