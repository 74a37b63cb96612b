/**
 * Every path the parser and the warnings write points into the publisher's file, even after earlier
 * rows were rejected (issue 18, item 5): `systems[5]` is the sixth system of the file, never the
 * sixth accepted one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectParsed } from '../../testing/feed-parse-assertions';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { mutatedFeed } from '../../testing/fixtures/feeds/mutated-feed';
import { feedWarnings } from './feed-warnings';
import { valueAt } from './json-path';
import { parseFeed } from './parse-feed';

const NOW = new Date('2026-10-02T09:00:00Z');
const [westHills] = minimalFeed.geography.systems;
const quietSystem = { ...westHills, code: 'S5', shortName: 'Quiet Moor', odsCode: 'QA5' };
const quietStandard = { ...minimalFeed.standards[0], id: 'quiet', name: 'Quiet standard' };

/** `$.geography.systems[5].code` -> ['geography', 'systems', 5, 'code']; throws on anything odd. */
function keysOf(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  const token = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/y;
  token.lastIndex = 1;
  if (!path.startsWith('$')) throw new Error(`not a JSON path: ${path}`);
  while (token.lastIndex < path.length) {
    const match = token.exec(path);
    if (!match) throw new Error(`cannot read JSON path ${path}`);
    const [, name, index, quoted] = match;
    if (name !== undefined) keys.push(name);
    else if (index !== undefined) keys.push(Number(index));
    else keys.push((quoted ?? '').replace(/\\(.)/g, '$1'));
  }
  return keys;
}

function exists(input: unknown, keys: (string | number)[]): boolean {
  const last = keys.at(-1);
  if (last === undefined) return true;
  const parent = valueAt(input, keys.slice(0, -1));
  return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, last);
}

describe('warning paths after rejected rows', () => {
  it.each<[string, Parameters<typeof editFeed>[1][], string, string]>([
    [
      'a quiet system after a rejected one',
      [
        { set: ['geography', 'systems', 1, 'population'], to: -5 },
        { push: ['geography', 'systems'], rows: [quietSystem] },
      ],
      // North Vale (systems[1]) is rejected, so Quiet Moor is accepted row 3 but file row 4.
      '$.geography.systems[4]',
      'Quiet Moor (S5) has no observations for the latest period',
    ],
    [
      'a quiet standard after a rejected one',
      [
        { set: ['standards', 0, 'categoryId'], to: 'nowhere' },
        { push: ['standards'], rows: [quietStandard] },
      ],
      '$.standards[3]',
      'Standard "quiet" (Quiet standard) has no observations in any period',
    ],
    [
      'a quiet period after a rejected one',
      [
        { set: ['periods'], to: ['2025Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] },
        { set: ['metadata', 'generatedAt'], to: '2026-10-01T09:00:00Z' },
      ],
      '$.periods[4]',
      'Period 2026-Q3 has no observations',
    ],
  ])('%s', (_name, edits, path, reason) => {
    const input = editFeed(minimalFeed, ...edits);
    const parsed = expectParsed(parseFeed(input));
    const warnings = feedWarnings(parsed.feed, NOW, parsed.sourceRows);
    expect(warnings).toContainEqual(
      expect.objectContaining({ path, reason: expect.stringContaining(reason) as string }),
    );
  });
});

/** A valid feed with some rows broken (so later rows shift) and some observations removed. */
const thinnedFeed = fc
  .record({
    brokenSystems: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
    brokenStandards: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    brokenPeriods: fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    keptObservations: fc.subarray(minimalFeed.observations.map((_, i) => i)),
    breaker: fc.constantFrom<unknown>(null, {}, 'x', 42, { code: '' }),
  })
  .map(({ brokenSystems, brokenStandards, brokenPeriods, keptObservations, breaker }) => {
    const feed = structuredClone(minimalFeed) as Record<string, unknown> & typeof minimalFeed;
    const systems: unknown[] = [...feed.geography.systems];
    for (const i of brokenSystems) systems[i] = breaker;
    const standards: unknown[] = [...feed.standards];
    for (const i of brokenStandards) standards[i] = breaker;
    const periods: unknown[] = [...feed.periods];
    for (const i of brokenPeriods) periods[i] = breaker;
    return {
      ...feed,
      geography: { ...feed.geography, systems },
      standards,
      periods,
      observations: keptObservations.map((i) => feed.observations[i]),
    };
  });

function expectPathsResolve(input: unknown): void {
  const result = parseFeed(input);
  if (!result.ok) return;
  const issues = [...result.issues, ...feedWarnings(result.feed, NOW, result.sourceRows)];
  for (const { path, reason, severity } of issues) {
    const keys = keysOf(path);
    // A missing field is named by where it should be: its row must exist.
    const where = /is missing/.test(reason) ? keys.slice(0, -1) : keys;
    expect(exists(input, where), `${severity} ${path}: ${reason}`).toBe(true);
    const row = valueAt(input, keys.slice(0, 3));
    if (severity === 'warning' && keys[1] === 'systems' && keys.length === 3) {
      expect(reason).toContain(`(${String((row as { code: string }).code).trim()})`);
    }
    if (severity === 'warning' && keys[0] === 'standards' && keys.length === 2) {
      expect(reason).toContain(`"${(valueAt(input, keys) as { id: string }).id}"`);
    }
    if (severity === 'warning' && keys[0] === 'periods' && keys.length === 2) {
      expect(reason).toContain(`Period ${String(valueAt(input, keys)).trim()} `);
    }
  }
}

describe('issue paths (property)', () => {
  it('every rejection and warning path names an element of the input, and the right one', () => {
    fc.assert(fc.property(thinnedFeed, expectPathsResolve), { seed: 18, numRuns: 400 });
  });

  it('holds for feeds with values replaced or removed at random', () => {
    fc.assert(fc.property(mutatedFeed, expectPathsResolve), { seed: 42, numRuns: 400 });
  });
});
