/** Reads the feed to check from a file or an http(s) URL; every failure comes back as a reason. */
import { readFile } from 'node:fs/promises';
import { fetchBytes, FIRST_BYTE_TIMEOUT_MS } from '../../src/api/fetch-bytes';
import { LoadError } from '../../src/api/load-error';
import { decodeFeedBytes } from '../../src/domain/feed/decode-feed-bytes';

export type InputResult = { ok: true; value: unknown } | { ok: false; reason: string };

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/**
 * Bytes to JSON through the app's own decoder, so a BOM, UTF-16 or a stray ISO-8859-1 byte gets
 * the same verdict here as in the dashboard.
 */
function parseBytes(bytes: Uint8Array, what: string): InputResult {
  const decoded = decodeFeedBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: `${what}: ${decoded.reason}` };
  try {
    return { ok: true, value: JSON.parse(decoded.text) as unknown };
  } catch (error) {
    return { ok: false, reason: `${what} is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * The app's fetch (same answer and no-progress budgets, same faults named the same way), so a URL
 * that is too slow or cut off for the dashboard is not called valid here. One attempt: a
 * publisher re-runs the checker, where the dashboard retries temporary faults by itself.
 */
async function readUrl(url: string, firstByteMs: number): Promise<InputResult> {
  try {
    const { bytes } = await fetchBytes(url, { firstByteMs });
    return parseBytes(bytes, `the response from ${url}`);
  } catch (error) {
    const reason = error instanceof LoadError ? error.reason : (error as Error).message;
    return { ok: false, reason: `could not fetch ${url}: ${reason}` };
  }
}

async function readPath(path: string): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `no such file: ${path}` };
    if (code === 'EISDIR') return { ok: false, reason: `${path} is a directory, not a feed file` };
    return { ok: false, reason: `cannot read ${path}: ${(error as Error).message}` };
  }
  return parseBytes(bytes, path);
}

export function readInput(
  source: string,
  firstByteMs = FIRST_BYTE_TIMEOUT_MS,
): Promise<InputResult> {
  return isUrl(source) ? readUrl(source, firstByteMs) : readPath(source);
}
