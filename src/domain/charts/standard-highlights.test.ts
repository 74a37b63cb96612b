import { describe, expect, it } from 'vitest';
import type { StandardRow } from '../tables/standard-rows';
import { lowestStandards, movedMost } from './standard-highlights';

function row(name: string, meanScore: number | null, changeOverYear: number | null): StandardRow {
  return { id: name, name, meanScore, changeOverYear } as StandardRow;
}

const rows = [
  row('A', 90, 1),
  row('B', 20, -12),
  row('C', 40, null),
  row('D', null, 30),
  row('E', 20, 3),
];

describe('standard highlights', () => {
  it('lists the lowest national scores first, ties by name, skipping unknowns', () => {
    expect(lowestStandards(rows, 3).map((item) => item.name)).toEqual(['B', 'E', 'C']);
  });
  it('lists the biggest moves either way first, skipping unknowns', () => {
    expect(movedMost(rows, 3).map((item) => item.name)).toEqual(['D', 'B', 'E']);
  });
  it('is empty for no rows', () => {
    expect(lowestStandards([])).toEqual([]);
    expect(movedMost([])).toEqual([]);
  });
});
