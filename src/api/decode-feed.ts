import { parseFeed } from '../domain/feed/parse-feed';
import type { FeedParseResult } from '../domain/feed/parse-feed';
import { LoadError } from './load-error';
import type { MeshLoad } from './mesh/load-mesh';

/** A usable feed; `mesh` when it was federated from a catalogue's data products. */
export type LoadedFeed = Extract<FeedParseResult, { ok: true }> & { url: string; mesh?: MeshLoad };

/** Turns a feed body into a usable feed, or a LoadError when the envelope is unusable. */
export function decodeFeed(text: string, url: string): LoadedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new LoadError('not-json', url, `The feed is not valid JSON${detail}`);
  }
  const result = parseFeed(json);
  if (!result.ok) {
    throw new LoadError(
      'unusable-feed',
      url,
      `The feed cannot be used: ${result.fatal.reason} (at ${result.fatal.path})`,
    );
  }
  return { ...result, url };
}
