/** Reads the feed to check from a file or an http(s) URL; every failure comes back as a reason. */
import { readFile } from 'node:fs/promises';

export type InputResult = { ok: true; value: unknown } | { ok: false; reason: string };

export const FETCH_TIMEOUT_MS = 30_000;

const isUrl = (source: string) => /^https?:\/\//i.test(source);

function parseJson(text: string, what: string): InputResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `${what} is not valid JSON: ${(error as Error).message}` };
  }
}

async function readUrl(url: string, timeoutMs: number): Promise<InputResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message;
    return {
      ok: false,
      reason: `could not fetch ${url}: ${(error as Error).message}${cause ? ` (${cause})` : ''}`,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: `${url} answered HTTP ${response.status} ${response.statusText}`.trimEnd(),
    };
  }
  try {
    return parseJson(await response.text(), `the response from ${url}`);
  } catch (error) {
    return {
      ok: false,
      reason: `reading the response from ${url} failed: ${(error as Error).message}`,
    };
  }
}

async function readPath(path: string): Promise<InputResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: `no such file: ${path}` };
    if (code === 'EISDIR') return { ok: false, reason: `${path} is a directory, not a feed file` };
    return { ok: false, reason: `cannot read ${path}: ${(error as Error).message}` };
  }
  return parseJson(text, path);
}

export function readInput(source: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<InputResult> {
  return isUrl(source) ? readUrl(source, timeoutMs) : readPath(source);
}
