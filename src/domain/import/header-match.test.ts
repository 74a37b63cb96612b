import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from './header-match';
import { findHeaderRow, normaliseHeader } from './header-match';

const SPECS: ColumnSpec<'month' | 'code' | 'name'>[] = [
  { key: 'month', names: ['month'] },
  { key: 'code', names: ['icb ods code'] },
  { key: 'name', names: ['icb name'], optional: true },
];

describe('normaliseHeader', () => {
  it.each([
    ['ICB ODS Code [1,2]', 'icb ods code'],
    ['  NHS App logins [note 3] ', 'nhs app logins'],
    ['TOTAL_PAT_ENBLD', 'total pat enbld'],
    ['\uFEFFSICBL24CD', 'sicbl24cd'],
    ['Month*', 'month'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseHeader(raw)).toBe(expected);
  });
});

describe('findHeaderRow', () => {
  it('finds the header under title rows, footnote markers and case forgiven', () => {
    const rows = [
      ['Return to Title Sheet'],
      ['Table 2: ICB level'],
      ['MONTH', 'ICB ODS Code [1,2]'],
    ];
    expect(findHeaderRow(rows, SPECS, 'Table 2')).toEqual({
      ok: true,
      row: 2,
      columns: { month: 0, code: 1, name: undefined },
    });
  });

  it('prefers the first of several accepted names, wherever it stands in the file', () => {
    const specs: ColumnSpec<'status'>[] = [
      { key: 'status', names: ['final.status', 'latest.status'] },
    ];
    const rows = [['Code', 'Latest.Status', 'Final.Status']];
    expect(findHeaderRow(rows, specs, 'T')).toEqual({ ok: true, row: 0, columns: { status: 2 } });
  });

  it('names the expected and the found headers when a column was renamed', () => {
    const rows = [['Title'], ['Month', 'ICB Code (ODS)', 'ICB Name']];
    const match = findHeaderRow(rows, SPECS, 'Table 2');
    expect(match).toEqual({
      ok: false,
      message:
        'Table 2: missing column "icb ods code" (expected "month", "icb ods code"; found in row 2: ' +
        '"Month", "ICB Code (ODS)", "ICB Name")',
    });
  });

  it('says when no row looks like a header at all', () => {
    expect(findHeaderRow([['x'], []], SPECS, 'T')).toEqual({
      ok: false,
      message: 'T: no header row found; expected columns "month", "icb ods code"',
    });
  });
});
