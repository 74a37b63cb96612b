import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportSource } from '../export-source';
import { DATA_SHEET, TITLE_SHEET, dataSheet, sheetCell, titleSheet } from './xlsx-workbook';

const SOURCE: ExportSource = {
  publisher: 'NHS England',
  dataDate: '1 November 2026',
  illustrative: true,
  licence: 'OGL v3.0',
  weightsNote: null,
};
const INFO = { title: 'Readiness by system', source: SOURCE, generated: '6 December 2026' };

describe('sheetCell', () => {
  it.each([
    ['a number', 61.5, { kind: 'number', value: 61.5 }],
    ['zero', 0, { kind: 'number', value: 0 }],
    ['a negative number', -3, { kind: 'number', value: -3 }],
    ['NaN', Number.NaN, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
    ['null', null, null],
    ['undefined', undefined, null],
    ['true', true, { kind: 'boolean', value: true }],
    ['text', 'Frimley', { kind: 'text', value: 'Frimley' }],
    [
      'a formula-like name, kept as text',
      '=HYPERLINK("http://x")',
      { kind: 'text', value: '=HYPERLINK("http://x")' },
    ],
    ['text with a number in it, kept as text', '61.5', { kind: 'text', value: '61.5' }],
    ['a control character XML cannot hold', 'A\u0001B', { kind: 'text', value: 'AB' }],
  ] as const)('%s', (_name, value, expected) => {
    expect(sheetCell(value)).toEqual(expected);
  });
});

describe('titleSheet', () => {
  const value = (rows: ReturnType<typeof titleSheet>['rows'], key: string) =>
    rows.find((row) => row[0]?.value === key)?.[1]?.value;

  it('comes first with the title, source, date, licence, flag, generated date and row count', () => {
    const sheet = titleSheet(INFO, 42);
    expect(sheet.name).toBe(TITLE_SHEET);
    expect(sheet.rows[0]).toEqual([{ kind: 'text', value: 'Readiness by system', bold: true }]);
    expect(value(sheet.rows, 'Source')).toBe('NHS England');
    expect(value(sheet.rows, 'Date of data')).toBe('1 November 2026');
    expect(value(sheet.rows, 'Illustrative')).toBe('Illustrative data, not real adoption figures');
    expect(value(sheet.rows, 'Licence')).toBe('OGL v3.0');
    expect(value(sheet.rows, 'Generated')).toBe('6 December 2026');
    expect(value(sheet.rows, 'Data')).toBe('42 rows on the sheet "Data"');
    expect(value(sheet.rows, 'Weights')).toBeUndefined();
  });

  it.each([
    [
      'published data',
      { ...SOURCE, illustrative: false },
      'Illustrative',
      'No: the figures are as published',
    ],
    [
      'custom weights',
      { ...SOURCE, weightsNote: 'Scored with custom weights' },
      'Weights',
      'Scored with custom weights',
    ],
  ])('%s', (_name, source, key, expected) => {
    expect(value(titleSheet({ ...INFO, source }, 1).rows, key)).toBe(expected);
  });

  it('says one row, not one rows', () => {
    expect(value(titleSheet(INFO, 1).rows, 'Data')).toBe('1 row on the sheet "Data"');
  });
});

describe('dataSheet', () => {
  it('has a bold header row kept in view, then the rows cell by cell', () => {
    const sheet = dataSheet({
      header: ['System', 'Readiness'],
      rows: [
        ['North', 61.5],
        ['South', null],
      ],
    });
    expect(sheet.name).toBe(DATA_SHEET);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.rows).toEqual([
      [
        { kind: 'text', value: 'System', bold: true },
        { kind: 'text', value: 'Readiness', bold: true },
      ],
      [
        { kind: 'text', value: 'North' },
        { kind: 'number', value: 61.5 },
      ],
      [{ kind: 'text', value: 'South' }, null],
    ]);
  });

  it.each([
    ['short cells get the minimum', [['a']], 8],
    ['a long cell widens its column (length + 2)', [['Frimley Integrated Care']], 25],
    ['a very long cell is capped', [['x'.repeat(200)]], 60],
  ])('%s', (_name, rows, width) => {
    expect(dataSheet({ header: ['h'], rows }).columnWidths).toEqual([width]);
  });
});

describe('sheetCell invariants', () => {
  it('text stays text and only finite numbers become number cells', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (value) => {
        const cell = sheetCell(value);
        if (typeof value === 'string') expect(cell?.kind).toBe('text');
        if (typeof value === 'number')
          expect(cell?.kind ?? null).toBe(Number.isFinite(value) ? 'number' : null);
        if (cell?.kind === 'number') expect(cell.value).toBe(value);
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
