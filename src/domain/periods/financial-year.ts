/**
 * NHS financial years ("2026/27": 1 April 2026 to 31 March 2027), for annual returns. The second
 * half of the id must be the year after the first, so "2026/28" is not a financial year.
 */
import type { PeriodBounds } from './period-bounds';

export interface FinancialYear {
  kind: 'financial-year';
  /** The calendar year in which it starts (in April). */
  startYear: number;
}

const FINANCIAL_YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

export function parseFinancialYear(id: string): FinancialYear | null {
  const match = FINANCIAL_YEAR_PATTERN.exec(id);
  if (!match) return null;
  const startYear = Number(match[1]);
  if (Number(match[2]) !== (startYear + 1) % 100) return null;
  return { kind: 'financial-year', startYear };
}

export function financialYearId(year: FinancialYear): string {
  const end = String((year.startYear + 1) % 100).padStart(2, '0');
  return `${String(year.startYear).padStart(4, '0')}/${end}`;
}

export function shiftFinancialYear(year: FinancialYear, by: number): FinancialYear {
  return { kind: 'financial-year', startYear: year.startYear + by };
}

export function financialYearBounds(year: FinancialYear): PeriodBounds {
  const start = String(year.startYear).padStart(4, '0');
  const end = String(year.startYear + 1).padStart(4, '0');
  return { start: `${start}-04-01`, end: `${end}-03-31` };
}

/** "April 2026 to March 2027": the months, as quarters are named, so no one guesses the start. */
export function financialYearLongLabel(year: FinancialYear): string {
  return `April ${year.startYear} to March ${year.startYear + 1}`;
}

/** "2026/27", the NHS's own short form. */
export function financialYearShortLabel(year: FinancialYear): string {
  return financialYearId(year);
}
