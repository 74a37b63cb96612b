import { parseFeed } from '../../domain/feed/parse-feed';
import { LoadError } from '../load-error';
import type { ReferenceParse } from './partial-mesh';

/**
 * The reference product parsed on the main thread: where there is no worker, and for the exact
 * words of a failure. Its own module, loaded only then, so that a mesh load where the worker runs
 * never evaluates the feed contract's schemas (zod) on the page (parse-reference-off-thread.ts).
 */
export function parseReferenceHere(text: string, url: string): ReferenceParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LoadError(
      'not-json',
      url,
      `The data product is not valid JSON: ${(error as Error).message}`,
      undefined,
      'data product',
    );
  }
  const reference = parseFeed(json);
  if (reference.ok) return reference;
  const reason = `The reference product is unusable: ${reference.fatal.reason} (at ${reference.fatal.path})`;
  throw new LoadError('unusable-feed', url, reason, undefined, 'data product');
}
