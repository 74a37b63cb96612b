import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quarterBounds } from '../periods/quarter';
import {
  createFirstRowIndex,
  createOrdinalLookup,
  createValidityGrid,
  denseCellIndex,
  hashedCellIndex,
} from './accepted-grid';
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
    ['a typed array over every cell', 1000],
    ['a table sized to the rows (cells far outnumber rows)', 0],
  ])('remembers the first row of each cell with %s', (_name, rowCount) => {
    const big: AcceptedIds = {
      ...ids,
      // 3 systems x 1000 standards x 2 periods = 6,000 cells: more than 4 x 0 + 1,024.
      standards: register(
        createRegistry<Standard>(),
        Array.from({ length: 1000 }, (_, i) => [`s${i}`, {} as Standard]),
      ),
    };
    const firstRowFor = createFirstRowIndex(big, rowCount);
    expect(firstRowFor(1, 0, 1, 7)).toBeUndefined();
    expect(firstRowFor(2, 0, 1, 8)).toBeUndefined();
    expect(firstRowFor(1, 0, 1, 9)).toBe(7);
    expect(firstRowFor(1, 0, 1, 10)).toBe(7);
    expect(firstRowFor(2, 999, 1, 11)).toBeUndefined();
    expect(firstRowFor(2, 999, 1, 12)).toBe(11);
  });
});

/** createFirstRowIndex as it was before the table sized to the rows, kept to compare with. */
function previousFirstRowIndex(ids: AcceptedIds, rowCount: number) {
  const standards = ids.standards.accepted.size;
  const periods = ids.periods.accepted.size;
  const cells = ids.systems.accepted.size * standards * periods;
  if (cells <= 4 * rowCount + 65_536) {
    const firstRow = new Int32Array(cells).fill(-1);
    return (system: number, standard: number, period: number, index: number) => {
      const cell = (system * standards + standard) * periods + period;
      const first = firstRow[cell] ?? -1;
      if (first >= 0) return first;
      firstRow[cell] = index;
      return undefined;
    };
  }
  const firstRow = new Map<string, number>();
  return (system: number, standard: number, period: number, index: number) => {
    const key = `${system},${standard},${period}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, index);
    return first;
  };
}

/** A reference of `systems` x `standards` x `periods` ids (only their counts matter here). */
function sized(systems: number, standards: number, periods: number): AcceptedIds {
  const named = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i): [string, never] => [`${prefix}${i}`, {} as never]);
  return {
    systems: register(createRegistry<System>(), named('sys', systems)),
    standards: register(createRegistry<Standard>(), named('std', standards)),
    periods: register(createRegistry<PeriodEntry>(), named('p', periods)),
  };
}

describe('createFirstRowIndex against the previous index', () => {
  // The bundled mesh's reference (49 systems x 37 standards x 11 periods) and a small one.
  const shapes = [sized(49, 37, 11), sized(3, 4, 2)];

  it('gives the same answers for any rows, whether it picks a typed array or a table', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...shapes),
        fc.nat(400),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 400, size: 'max' }),
        (shape, rowCount, rows) => {
          const [systems, standards, periods] = [shape.systems, shape.standards, shape.periods].map(
            (registry) => registry.accepted.size,
          ) as [number, number, number];
          const next = createFirstRowIndex(shape, rowCount);
          const previous = previousFirstRowIndex(shape, rowCount);
          rows.forEach(([a, b, c], index) => {
            const cell = [a % systems, b % standards, c % periods] as const;
            expect(next(...cell, index)).toBe(previous(...cell, index));
          });
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('hashedCellIndex', () => {
  /** Cells from a small range (many repeats) or anywhere below 2^53 (beyond 2^32 too). */
  const cell = fc.oneof(
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  );

  it('answers as a map of first rows, however few cells it was sized for', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 400, size: 'max' }),
        fc.nat(64),
        (cells, expected) => {
          const hashed = hashedCellIndex(expected);
          const firstRow = new Map<number, number>();
          cells.forEach((at, row) => {
            const first = firstRow.get(at);
            if (first === undefined) firstRow.set(at, row);
            expect(hashed(at, row)).toBe(first);
          });
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });

  it('keeps every cell when it grows past its size, including 0 and cells above 2^32', () => {
    const hashed = hashedCellIndex(1);
    // Sized for 1 it starts with 16 slots, so 40 cells make it grow twice.
    const cells = [
      0,
      2 ** 32,
      2 ** 32 + 1,
      2 ** 52 + 5,
      2 ** 33,
      ...Array.from({ length: 35 }, (_, i) => i + 1),
    ];
    cells.forEach((at, row) => expect(hashed(at, row)).toBeUndefined());
    cells.forEach((at, row) => expect(hashed(at, 100 + row)).toBe(row));
  });
});

describe('denseCellIndex', () => {
  it('remembers the first row of each cell, -1 never taken for a row', () => {
    const dense = denseCellIndex(10);
    expect([dense(3, 0), dense(3, 1), dense(0, 2), dense(0, 3), dense(9, 4)]).toEqual([
      undefined,
      0,
      undefined,
      2,
      undefined,
    ]);
  });
});
