/** Quarters as consecutive integers (2025-Q4 then 2026-Q1 are n and n + 1), for arithmetic. */
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterIndex(period: string): number | null {
  const match = QUARTER.exec(period);
  return match ? Number(match[1]) * 4 + Number(match[2]) - 1 : null;
}
