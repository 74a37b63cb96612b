import { describe, expect, it } from 'vitest';
import { FeedSchema } from '../../src/domain/feed/feed-schema';
import { buildSample, DEFAULT_GENERATED_AT, DEFAULT_SEED } from './build-feed';
import { readReference } from './read-reference';
import { areaCode, scaleSample, splitInteger } from './scale';

const build = buildSample(readReference(), {
  seed: DEFAULT_SEED,
  generatedAt: DEFAULT_GENERATED_AT,
});

describe('scaleSample', () => {
  const scaled = scaleSample(build, 3, DEFAULT_SEED);

  it('splits every system into n areas that keep its population and validity', () => {
    expect(scaled.geography.systems).toHaveLength(49 * 3);
    const parent = build.feed.geography.systems[0];
    const areas = scaled.geography.systems.filter((s) => s.code.startsWith(`${parent?.code}-P`));
    expect(areas.map((s) => s.code)).toEqual([1, 2, 3].map((k) => areaCode(parent?.code ?? '', k)));
    expect(areas.reduce((sum, s) => sum + s.population, 0)).toBe(parent?.population);
    expect(new Set(areas.map((s) => s.validTo))).toEqual(new Set([parent?.validTo]));
  });

  it('has about n times the observations, and still passes the feed contract', () => {
    const ratio = scaled.observations.length / build.feed.observations.length;
    expect(ratio).toBeGreaterThan(2.9);
    expect(ratio).toBeLessThan(3.1);
    expect(FeedSchema.safeParse(scaled).success).toBe(true);
    expect(scaled.metadata.sourceNotes.at(-1)).toMatch(/SCALED BENCHMARK FEED/);
  });

  it('maps every ended area to areas of the successors', () => {
    const codes = new Set(scaled.geography.systems.map((s) => s.code));
    expect(scaled.geography.crosswalk).toHaveLength(build.feed.geography.crosswalk.length * 3);
    for (const entry of scaled.geography.crosswalk) {
      for (const to of entry.to) expect(codes.has(to.code)).toBe(true);
    }
  });

  it('refuses a scale out of range', () => {
    expect(() => scaleSample(build, 0, 's')).toThrow(/whole number/);
    expect(() => scaleSample(build, 1.5, 's')).toThrow(/whole number/);
  });
});

describe('splitInteger', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [2, 1], [5, 2]],
    [100, [1], [100]],
  ])('%s by %o -> %o', (total, weights, expected) => {
    expect(splitInteger(total, weights)).toEqual(expected);
  });
});
