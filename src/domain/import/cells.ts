/**
 * Cell values as the file readers hand them over (XLSX and CSV alike), and the few conversions the
 * importers need. Publishers write missing counts as blanks, `NULL`, `NA` or `NK` (not known): all
 * of them mean "no figure", never zero.
 */
export type Cell = string | number | boolean | null;

const MISSING = new Set(['', 'null', 'na', 'n/a', 'nk', '-', '..', '*']);

export function cellText(cell: Cell): string {
  return cell === null ? '' : String(cell).trim();
}

export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/** A non-negative figure, or null when the publisher gave none ("NULL", "NK", blank). */
export function cellCount(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) && cell >= 0 ? cell : null;
  const text = cellText(cell).replace(/,/g, '');
  if (MISSING.has(text.toLowerCase())) return null;
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in), in days from 1970-01-01. */
const EXCEL_EPOCH_DAYS = -25569;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(year: number, month: number): string | null {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null;
}

/** An Excel date serial to "YYYY-MM"; plain counts (below 1990's serials) are not dates. */
function serialMonth(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 32874 || serial > 73051) return null;
  const date = new Date((serial + EXCEL_EPOCH_DAYS) * DAY_MS);
  return monthOf(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/**
 * The month a cell names, as "YYYY-MM": an Excel date serial (45870), an ISO date
 * ("2025-08-01", also what the XLSX reader makes of a date-formatted cell), a UK date
 * ("31/08/2025") or SAS's "31AUG2020". Anything else is null.
 */
export function cellMonth(cell: Cell): string | null {
  if (typeof cell === 'number') return serialMonth(cell);
  const text = cellText(cell);
  let match = /^(\d{4})-(\d{2})(?:-\d{2})?(?:T.*)?$/.exec(text);
  if (match) return monthOf(Number(match[1]), Number(match[2]));
  match = /^\d{1,2}\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return monthOf(Number(match[2]), Number(match[1]));
  match = /^\d{1,2}([a-z]{3})(\d{4})$/i.exec(text);
  if (match) return monthOf(Number(match[2]), MONTHS.indexOf(match[1]!.toLowerCase()) + 1);
  if (/^\d+(?:\.\d+)?$/.test(text)) return serialMonth(Number(text));
  return null;
}
