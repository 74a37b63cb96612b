/**
 * Invariants of the parser over generated input (fast-check, seeded so every run is the same):
 * it never throws, counts reconcile, what it accepts is a valid and self-consistent feed, and the
 * order of rows (periods aside, where order is a rule) does not change what is accepted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import type { ParsedFeed } from '../../testing/feed-parse-assertions';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { mutatedFeed } from '../../testing/fixtures/feeds/mutated-feed';
import { FeedSchema } from './feed-schema';
import type { Feed } from './feed-schema';
import { parseFeed } from './parse-feed';

const RUNS = { seed: 42, numRuns: 300 };

/** What a parsed feed promises downstream code: valid rows whose references all resolve. */
function expectSelfConsistent(feed: Feed): void {
  expect(FeedSchema.safeParse(feed).success).toBe(true);
  const has = (ids: string[]) => new Set(ids);
  const regions = has(feed.geography.regions.map((r) => r.code));
  const systems = new Map(feed.geography.systems.map((s) => [s.code, s]));
  const categories = has(feed.categories.map((c) => c.id));
  const standards = has(feed.standards.map((s) => s.id));
  const periods = has(feed.periods);
  expect(systems.size).toBe(feed.geography.systems.length);
  expect(periods.size).toBe(feed.periods.length);
  expect([...feed.periods].sort()).toEqual(feed.periods);
  for (const s of feed.geography.systems) expect(regions.has(s.regionCode)).toBe(true);
  for (const s of feed.standards) expect(categories.has(s.categoryId)).toBe(true);
  for (const { a, b } of feed.geography.adjacency)
    expect(systems.has(a) && systems.has(b) && a !== b).toBe(true);
  for (const c of feed.geography.crosswalk) {
    expect([c.from, ...c.to.map((t) => t.code)].every((code) => systems.has(code))).toBe(true);
  }
  const keys = new Set<string>();
  for (const o of feed.observations) {
    expect(systems.has(o.system) && standards.has(o.standard) && periods.has(o.period)).toBe(true);
    keys.add(`${o.system}|${o.standard}|${o.period}`);
  }
  expect(keys.size).toBe(feed.observations.length);
}

function expectWellFormed(result: ReturnType<typeof parseFeed>): void {
  if (!result.ok) {
    expect(result.fatal.path.startsWith('$')).toBe(true);
    expect(result.fatal.reason).not.toMatch(/unexpected error/);
    return;
  }
  expectCountsReconcile(result);
  expectSelfConsistent(result.feed);
}

describe('parseFeed properties', () => {
  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(parseFeed(value))),
      RUNS,
    );
  });

  it('never throws on a valid feed with values replaced or removed at random', () => {
    fc.assert(
      fc.property(mutatedFeed, (feed) => expectWellFormed(parseFeed(feed))),
      { ...RUNS, numRuns: 1000 },
    );
  });

  it('accepts the same rows whatever their order (periods aside)', () => {
    const base = editFeed(
      minimalFeed,
      { set: ['observations', 1, 'coverage'], to: 1.4 },
      { set: ['observations', 4, 'standard'], to: 'fhir' },
      { set: ['geography', 'adjacency', 1, 'b'], to: 'S2' },
      {
        push: ['geography', 'systems'],
        rows: [{ ...minimalFeed.geography.systems[0], code: 'S6', regionCode: 'R7' }],
      },
      { push: ['technology'], rows: [{ ...minimalFeed.technology[0], system: 'S6' }] },
    ) as Feed;
    const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
    const summary = (parsed: ParsedFeed) => ({
      counts: parsed.counts,
      regions: sorted(parsed.feed.geography.regions),
      systems: sorted(parsed.feed.geography.systems),
      crosswalk: sorted(parsed.feed.geography.crosswalk),
      adjacency: sorted(parsed.feed.geography.adjacency),
      categories: sorted(parsed.feed.categories),
      standards: sorted(parsed.feed.standards),
      observations: sorted(parsed.feed.observations),
      technology: sorted(parsed.feed.technology),
    });
    const expected = summary(expectParsed(parseFeed(base)));
    const shuffle = <T>(rows: T[]) => fc.shuffledSubarray(rows, { minLength: rows.length });
    const shuffled = fc.record({
      regions: shuffle(base.geography.regions),
      systems: shuffle(base.geography.systems),
      crosswalk: shuffle(base.geography.crosswalk),
      adjacency: shuffle(base.geography.adjacency),
      categories: shuffle(base.categories),
      standards: shuffle(base.standards),
      observations: shuffle(base.observations),
      technology: shuffle(base.technology),
    });
    fc.assert(
      fc.property(shuffled, ({ regions, systems, crosswalk, adjacency, ...rest }) => {
        const feed = { ...base, ...rest, geography: { regions, systems, crosswalk, adjacency } };
        expect(summary(expectParsed(parseFeed(feed)))).toEqual(expected);
      }),
      RUNS,
    );
  });
});
