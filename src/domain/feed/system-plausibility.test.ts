import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { peerFigures } from '../peers/peer-distance';
import type { System } from './feed-schema';
import { parseFeed } from './parse-feed';
import { plausibleSystem } from './system-plausibility';

const system = { ...minimalFeed.geography.systems[0], validTo: null } as System;
const PATH = '$.geography.systems[0]';

describe('plausibleSystem', () => {
  it.each<[string, Partial<System>, boolean, string[]]>([
    // [name, fields, area kept, warning paths]
    ['a typical system', {}, true, []],
    ['the smallest plausible area', { areaKm2: 0.01 }, true, []],
    ['the largest plausible area', { areaKm2: 1_000_000 }, true, []],
    ['an area of 1e308 km²', { areaKm2: 1e308 }, false, [`${PATH}.areaKm2`]],
    ['an area just over a million km²', { areaKm2: 1_000_001 }, false, [`${PATH}.areaKm2`]],
    ['an area under a hectare', { areaKm2: 0.009 }, false, [`${PATH}.areaKm2`]],
    ['a population of exactly a billion', { population: 1e9 }, true, []],
    ['a population over a billion', { population: 1e9 + 1 }, true, [`${PATH}.population`]],
    [
      'both implausible',
      { population: 2e9, areaKm2: 5e6 },
      false,
      [`${PATH}.areaKm2`, `${PATH}.population`],
    ],
  ])('%s', (_name, fields, areaKept, paths) => {
    const input = { ...system, ...fields };
    const { value, warnings } = plausibleSystem(input, PATH);
    expect('areaKm2' in value).toBe(areaKept);
    expect(value.population).toBe(input.population);
    expect(warnings.map((warning) => warning.path)).toEqual(paths);
  });

  it('words the warning with the value and the range', () => {
    const { warnings } = plausibleSystem({ ...system, areaKm2: 1e308 }, PATH);
    expect(warnings[0]?.reason).toBe(
      "areaKm2 1e+308 is not a plausible area for a health system (expected 0.01 to 1,000,000 km²), so it is ignored and the system's density is shown as not known",
    );
  });
});

describe('parseFeed: unbounded numbers', () => {
  it('keeps a system with an area of 1e308, warns, and leaves its density unknown', () => {
    const input = editFeed(minimalFeed, { set: ['geography', 'systems', 0, 'areaKm2'], to: 1e308 });
    const parsed = expectParsed(parseFeed(input));
    expectCountsReconcile(parsed);
    expect(parsed.counts.systems).toEqual({ read: 4, accepted: 4, rejected: 0 });
    expect(parsed.issues).toEqual([
      expect.objectContaining({ severity: 'warning', table: 'systems', path: `${PATH}.areaKm2` }),
    ]);
    const westHills = parsed.feed.geography.systems[0];
    expect(westHills && peerFigures(westHills).density).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['a negative area', -1, 'areaKm2 must be a number greater than 0, got -1'],
    ['a zero area', 0, 'areaKm2 must be a number greater than 0, got 0'],
    ['an infinite area', Number.POSITIVE_INFINITY, 'areaKm2 must be a number greater than 0'],
    ['a NaN area', Number.NaN, 'areaKm2 must be a number greater than 0'],
  ])('rejects %s (impossible, not just implausible)', (_name, area, reason) => {
    const input = editFeed(minimalFeed, { set: ['geography', 'systems', 0, 'areaKm2'], to: area });
    const parsed = expectParsed(parseFeed(input));
    expect(parsed.issues[0]).toMatchObject({
      severity: 'error',
      path: `${PATH}.areaKm2`,
      reason: expect.stringContaining(reason) as string,
    });
  });

  it.each<[string, unknown, string]>([
    ['a negative population', -5, 'population must be a whole number greater than 0, got -5'],
    ['a fractional population', 1.5, 'population must be a whole number'],
    ['a population beyond safe integers', 1e308, 'population must be a whole number'],
  ])('rejects %s', (_name, population, reason) => {
    const input = editFeed(minimalFeed, {
      set: ['geography', 'systems', 0, 'population'],
      to: population,
    });
    const parsed = expectParsed(parseFeed(input));
    expect(parsed.issues[0]).toMatchObject({
      severity: 'error',
      path: `${PATH}.population`,
      reason: expect.stringContaining(reason) as string,
    });
  });
});
