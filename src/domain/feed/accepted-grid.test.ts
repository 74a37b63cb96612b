import { describe, expect, it } from 'vitest';
import { quarterBounds } from '../periods/quarter';
import { createFirstRowIndex, createOrdinalLookup, createValidityGrid } from './accepted-grid';
import type { AcceptedIds } from './accepted-grid';
import type { Standard, System } from './feed-schema';
import { createRegistry } from './id-registry';
import type { IdRegistry } from './id-registry';
import type { PeriodEntry } from './parse-periods';

function register<T>(registry: IdRegistry<T>, entries: [string, T][]): IdRegistry<T> {
  for (const [id, value] of entries) {
    registry.accepted.set(id, { value, path: '$', ordinal: registry.accepted.size });
  }
  return registry;
}

const system = (code: string, validFrom: string, validTo: string | null) =>
  ({ code, shortName: code, validFrom, validTo }) as System;
const period = (id: string): [string, PeriodEntry] => {
  const bounds = quarterBounds(id);
  if (!bounds) throw new Error(id);
  return [id, { id, bounds }];
};

const ids: AcceptedIds = {
  systems: register(createRegistry<System>(), [
    ['ENDED', system('ENDED', '2022-07-01', '2026-03-31')],
    ['NEW', system('NEW', '2026-04-01', null)],
    ['MID', system('MID', '2026-05-15', null)],
  ]),
  standards: register(createRegistry<Standard>(), [['nhs-number', {} as Standard]]),
  periods: register(createRegistry<PeriodEntry>(), [period('2026-Q1'), period('2026-Q2')]),
};

describe('createValidityGrid', () => {
  it('marks the quarters each system existed through, by ordinals', () => {
    // Rows: ENDED, NEW, MID; columns: 2026-Q1, 2026-Q2.
    expect([...createValidityGrid(ids)]).toEqual([1, 0, 0, 1, 0, 0]);
  });
});

describe('createOrdinalLookup', () => {
  it('gives ordinals, -1 for an unknown id, and the same answer on a repeat', () => {
    const ordinalOf = createOrdinalLookup(ids.systems);
    expect(['NEW', 'NEW', 'ENDED', 'nope', 'nope', 'MID'].map(ordinalOf)).toEqual([
      1, 1, 0, -1, -1, 2,
    ]);
  });
});

describe('createFirstRowIndex', () => {
  it.each([
    ['a typed array', 1000],
    ['a map (cells far outnumber rows)', -100_000],
  ])('remembers the first row of each cell with %s', (_name, rowCount) => {
    const firstRowFor = createFirstRowIndex(ids, rowCount);
    expect(firstRowFor(1, 0, 1, 7)).toBeUndefined();
    expect(firstRowFor(2, 0, 1, 8)).toBeUndefined();
    expect(firstRowFor(1, 0, 1, 9)).toBe(7);
    expect(firstRowFor(1, 0, 1, 10)).toBe(7);
  });
});
