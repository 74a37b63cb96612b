/**
 * Where `mesh:check` reads from: the catalogue by path or URL, and each product at its URL
 * resolved against the catalogue's (a relative path next to a catalogue file is a file too).
 */
import { resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { readInput } from '../feed-check/read-input';
import type { InputResult } from '../feed-check/read-input';

const isHttp = (source: string) => /^https?:\/\//i.test(source);

/** The catalogue's address as a URL, so relative product URLs resolve the same way as in a browser. */
export function baseUrlOf(source: string): string {
  return isHttp(source) ? source : pathToFileURL(resolve(source)).href;
}

/** A product's URL resolved against the catalogue's, as a path or http(s) URL readInput takes. */
export function productSource(base: string, url: string): string {
  const resolved = new URL(url, base);
  if (resolved.protocol === 'file:') return fileURLToPath(resolved);
  return resolved.href;
}

export function readSource(source: string): Promise<InputResult> {
  return readInput(source);
}
