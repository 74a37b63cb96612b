/**
 * Downloads GeoJSON boundaries from an ArcGIS FeatureServer query (or any URL serving a GeoJSON
 * FeatureCollection). Every failure comes back as a value with a reason a person can act on.
 */
import { pageUrl } from './ons-service';

export type DownloadResult =
  | { ok: true; collection: { type: 'FeatureCollection'; features: unknown[] }; pages: number }
  | { ok: false; reason: string };

export const DOWNLOAD_TIMEOUT_MS = 120_000;
const MAX_PAGES = 50;

type Page = { ok: true; features: unknown[]; more: boolean } | { ok: false; reason: string };

function describeFetchError(url: string, error: unknown): string {
  const cause = (error as Error & { cause?: Error }).cause?.message;
  const detail = `${(error as Error).message}${cause ? ` (${cause})` : ''}`;
  return (
    `could not download ${url}: ${detail}. This command needs internet access; on a machine ` +
    'without it, download the GeoJSON elsewhere and convert it with --from <file>.'
  );
}

/** Reads one answer: a FeatureCollection, or ArcGIS's own `{ error: { message } }` body. */
function readPage(url: string, json: unknown): Page {
  const body = json as {
    type?: unknown;
    features?: unknown;
    error?: { message?: unknown; details?: unknown };
    exceededTransferLimit?: unknown;
    properties?: { exceededTransferLimit?: unknown };
  } | null;
  if (body?.error) {
    const details = Array.isArray(body.error.details) ? ` ${body.error.details.join(' ')}` : '';
    return {
      ok: false,
      reason: `${url} answered an error: ${String(body.error.message)}${details}`,
    };
  }
  if (body?.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    return { ok: false, reason: `${url} did not answer a GeoJSON FeatureCollection` };
  }
  const more =
    body.exceededTransferLimit === true || body.properties?.exceededTransferLimit === true;
  return { ok: true, features: body.features as unknown[], more };
}

async function fetchPage(url: string, timeoutMs: number): Promise<Page> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/geo+json, application/json' },
    });
  } catch (error) {
    return { ok: false, reason: describeFetchError(url, error) };
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trimEnd();
    return { ok: false, reason: `${url} answered HTTP ${status}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    return { ok: false, reason: `${url} did not answer JSON: ${(error as Error).message}` };
  }
  return readPage(url, json);
}

export async function downloadBoundaries(
  url: string,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
): Promise<DownloadResult> {
  const features: unknown[] = [];
  for (let pages = 1; pages <= MAX_PAGES; pages += 1) {
    const page = await fetchPage(pageUrl(url, features.length), timeoutMs);
    if (!page.ok) return page;
    features.push(...page.features);
    if (!page.more || page.features.length === 0) {
      return { ok: true, collection: { type: 'FeatureCollection', features }, pages };
    }
  }
  return { ok: false, reason: `${url} still had more features after ${MAX_PAGES} pages` };
}
