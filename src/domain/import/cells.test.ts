import { describe, expect, it } from 'vitest';
import type { Cell } from './cells';
import { cellCount, cellMonth } from './cells';

describe('cellMonth', () => {
  it.each<[string, Cell, string | null]>([
    ['Excel serial of 1 March 2025', 45717, '2025-03'],
    ['Excel serial of 1 August 2025', 45870, '2025-08'],
    ['serial as text', '45870', '2025-08'],
    ['ISO date (a date-formatted XLSX cell)', '2025-06-01', '2025-06'],
    ['ISO date-time', '2025-06-01T00:00:00.000Z', '2025-06'],
    ['UK date of the indicator portal', '30/04/2015', '2015-04'],
    ['SAS date of POMI extracts', '31AUG2020', '2020-08'],
    ['a count is not a date', 842564, null],
    ['small number is not a date', 12, null],
    ['NA', 'NA', null],
    ['blank', null, null],
    ['words', 'Source: NHS England', null],
  ])('%s', (_name, cell, expected) => {
    expect(cellMonth(cell)).toBe(expected);
  });
});

describe('cellCount', () => {
  it.each<[string, Cell, number | null]>([
    ['number', 842564, 842564],
    ['text with thousands separators', '1,234', 1234],
    ['zero is a figure', '0', 0],
    ['NULL is no figure', 'NULL', null],
    ['NK (not known) is no figure', 'NK', null],
    ['NA is no figure', 'NA', null],
    ['blank', '', null],
    ['null cell', null, null],
    ['negative is not a count', -3, null],
    ['NaN', Number.NaN, null],
    ['words', 'System Functionality Enabled by Practice', null],
  ])('%s', (_name, cell, expected) => {
    expect(cellCount(cell)).toBe(expected);
  });
});
