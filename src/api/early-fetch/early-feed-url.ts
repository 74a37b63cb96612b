/**
 * Which address the inline script in index.html may start fetching before the app's code has
 * loaded (early-fetch-script.ts): the feed or catalogue the first page will show, as
 * `currentFeedSource()` will choose it, and only on this site. The script cannot import this
 * module, so it carries the same rules in plain JavaScript; the tests run both on one table.
 *
 * - A `?feed=` link: that address. A link to another site is never fetched early:
 *   the reader may still be asked to confirm it, and nothing leaves for another site unasked.
 * - No usable link: the source this tab chose before (sessionStorage), else the default.
 * - A feed whose headers say it is big is not read by the page even so: the app drops the early
 *   response and its feed worker fetches the feed (early-response.ts `readEarlyOnPage`).
 */
export const FEED_SOURCE_STORAGE_KEY = 'interop-readiness:feed-source';

function webAddress(address: string, base: string): URL | null {
  try {
    const url = new URL(address, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function storedUrl(stored: string | null): string | null {
  try {
    const parsed = JSON.parse(stored ?? 'null') as { kind?: unknown; url?: unknown } | null;
    return parsed?.kind === 'url' && typeof parsed.url === 'string' ? parsed.url : null;
  } catch {
    return null;
  }
}

export function earlyFeedUrl(
  pageUrl: string,
  storedSource: string | null,
  defaultUrl: string,
): string | null {
  const page = new URL(pageUrl);
  const param = page.searchParams.get('feed');
  const linked = param ? webAddress(param, pageUrl) : null;
  const chosen = linked ?? webAddress(storedUrl(storedSource) ?? defaultUrl, pageUrl) ?? null;
  return chosen && chosen.origin === page.origin ? chosen.href : null;
}
