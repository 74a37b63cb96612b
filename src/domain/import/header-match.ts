/**
 * Finding a table's header row and its columns by name. Publishers add footnote markers
 * ("ICB ODS Code [1,2]"), change letter case and spacing, and rename columns between releases;
 * the first two are forgiven, a rename is an error that names what was expected and found.
 */
import type { Cell } from './cells';
import { cellText } from './cells';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Accepted names, compared after normaliseHeader. The first is the one quoted in errors. */
  names: readonly string[];
  optional?: boolean;
}

export type HeaderMatch<K extends string> =
  | { ok: true; row: number; columns: Record<K, number | undefined> }
  | { ok: false; message: string };

/** Footnote markers ("[1,2]", "[note 3]", "*"), case, underscores and runs of spaces removed. */
export function normaliseHeader(cell: Cell): string {
  return cellText(cell)
    .replace(/^\uFEFF/, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[*†‡]+/g, '')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

function matchRow<K extends string>(row: readonly Cell[], specs: readonly ColumnSpec<K>[]) {
  const found = row.map(normaliseHeader);
  const columns = {} as Record<K, number | undefined>;
  let matched = 0;
  for (const spec of specs) {
    // Names in the spec's order of preference: "Final.Status" before "Latest.Status".
    const index = spec.names.map((name) => found.indexOf(name)).find((at) => at >= 0) ?? -1;
    columns[spec.key] = index >= 0 ? index : undefined;
    if (index >= 0) matched += 1;
  }
  return { columns, matched };
}

/**
 * The first row (of the first `scanRows`) holding every required column. When none does, the
 * row that came closest is quoted, so a renamed column reads as "expected X, found Y".
 */
export function findHeaderRow<K extends string>(
  rows: readonly (readonly Cell[])[],
  specs: readonly ColumnSpec<K>[],
  table: string,
  scanRows = 30,
): HeaderMatch<K> {
  let best = { row: -1, matched: 0 };
  for (let index = 0; index < Math.min(rows.length, scanRows); index += 1) {
    const { columns, matched } = matchRow(rows[index]!, specs);
    const missing = specs.filter((spec) => !spec.optional && columns[spec.key] === undefined);
    if (missing.length === 0) return { ok: true, row: index, columns };
    if (matched > best.matched) best = { row: index, matched };
  }
  const required = specs.filter((spec) => !spec.optional);
  const expected = required.map((spec) => `"${spec.names[0]}"`).join(', ');
  if (best.row < 0) {
    return { ok: false, message: `${table}: no header row found; expected columns ${expected}` };
  }
  const bestRow = rows[best.row]!;
  const { columns } = matchRow(bestRow, specs);
  const missing = required.filter((spec) => columns[spec.key] === undefined);
  const found = bestRow.map(cellText).filter((text) => text !== '');
  return {
    ok: false,
    message:
      `${table}: missing column ${missing.map((spec) => `"${spec.names[0]}"`).join(', ')} ` +
      `(expected ${expected}; found in row ${best.row + 1}: ${found.map((t) => `"${t}"`).join(', ')})`,
  };
}
