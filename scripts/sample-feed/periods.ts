/** Calendar quarters ("2025-Q3") and whether a system existed through one. */

export function buildPeriods(first: string, last: string): string[] {
  const [fy, fq] = parsePeriod(first);
  const [ly, lq] = parsePeriod(last);
  const periods: string[] = [];
  for (let index = fy * 4 + fq - 1; index <= ly * 4 + lq - 1; index += 1) {
    periods.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  }
  return periods;
}

function parsePeriod(period: string): [number, number] {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) throw new Error(`not a quarter: ${period}`);
  return [Number(match[1]), Number(match[2])];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day of the quarter, as an ISO date. */
export function quarterStart(period: string): string {
  const [year, quarter] = parsePeriod(period);
  return `${year}-${pad(quarter * 3 - 2)}-01`;
}

/** Last day of the quarter, as an ISO date. */
export function quarterEnd(period: string): string {
  const [year, quarter] = parsePeriod(period);
  const lastDay = [31, 30, 30, 31][quarter - 1];
  return `${year}-${pad(quarter * 3)}-${lastDay}`;
}

/** A system reports for a quarter only if it existed for the whole quarter. */
export function isValidIn(
  system: { validFrom: string; validTo: string | null },
  period: string,
): boolean {
  return (
    system.validFrom <= quarterStart(period) &&
    (system.validTo === null || system.validTo >= quarterEnd(period))
  );
}
