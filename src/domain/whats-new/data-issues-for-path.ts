import type { WhatsNewEntry } from './whats-new-schema';

/** A system's pages: its profile and its board report. */
const SYSTEM_PAGE = /^\/systems\/([^/]+)(?:\/report)?$/;

/**
 * The data-issue entries that name the page at `pathname`: by its exact path, or, on a system's
 * profile or board report, by the system's code. Other categories never show a notice: a notice
 * warns about the figures on the page, and only a data issue does that.
 */
export function dataIssuesForPath(
  entries: readonly WhatsNewEntry[],
  pathname: string,
): WhatsNewEntry[] {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const code = SYSTEM_PAGE.exec(path)?.[1];
  const systemCode = code ? safeDecode(code).toUpperCase() : undefined;
  return entries.filter((entry) => {
    if (entry.category !== 'data-issue' || !entry.affects) return false;
    const { routes = [], systems = [] } = entry.affects;
    if (routes.includes(path)) return true;
    return systemCode !== undefined && systems.some((item) => item.toUpperCase() === systemCode);
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
