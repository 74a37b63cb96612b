import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { buildFeedIndex } from './feed-index';
import type { Feed } from './feed-schema';

const feed = minimalFeed as unknown as Feed;
const index = buildFeedIndex(feed);

describe('buildFeedIndex', () => {
  it.each([
    ['systems', index.systems, ['S1', 'S2', 'S3', 'S4']],
    ['regions', index.regions, ['R1', 'R2']],
    ['categories', index.categories, feed.categories.map((c) => c.id)],
    ['standards', index.standards, feed.standards.map((s) => s.id)],
  ])('indexes every one of the %s, in feed order', (_name, map, keys) => {
    expect([...map.keys()]).toEqual(keys);
  });

  it('finds what Array.find finds', () => {
    expect(index.systems.get('S2')).toBe(feed.geography.systems.find((s) => s.code === 'S2'));
    expect(index.regions.get('R2')?.name).toBe('South');
    expect(index.systems.get('nope')).toBeUndefined();
  });

  it('keeps the first of two rows with one code, as Array.find did', () => {
    const [first, second] = feed.geography.systems;
    if (!first || !second) throw new Error('fixture');
    const twice = buildFeedIndex({
      ...feed,
      geography: { ...feed.geography, systems: [first, { ...second, code: first.code }] },
    });
    expect(twice.systems.get(first.code)).toBe(first);
    expect(twice.systems.size).toBe(1);
  });

  it('is empty for an empty feed', () => {
    const empty = buildFeedIndex({
      geography: { ...feed.geography, systems: [], regions: [] },
      standards: [],
      categories: [],
    });
    expect([empty.systems.size, empty.regions.size, empty.standards.size]).toEqual([0, 0, 0]);
  });
});
