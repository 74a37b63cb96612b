import { MONTH_NAMES } from '../domain/periods/month';
/** `2026-03-31` reads "31 March 2026" (GOV.UK style). No Date object, so no time-zone drift. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
