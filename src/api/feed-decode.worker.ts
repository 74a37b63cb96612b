/// <reference lib="webworker" />
import { decodeFeed } from './decode-feed';
import type { LoadedFeed } from './decode-feed';
import { FeedLoadError } from './feed-load-error';
import type { FeedLoadFailure } from './feed-load-error';

export type DecodeReply =
  | { ok: true; loaded: LoadedFeed }
  | { ok: false; failure: FeedLoadFailure; url: string; reason: string; status?: number };

self.onmessage = (event: MessageEvent<{ text: string; origin: string }>) => {
  const { text, origin } = event.data;
  let reply: DecodeReply;
  try {
    reply = { ok: true, loaded: decodeFeed(text, origin) };
  } catch (error) {
    reply =
      error instanceof FeedLoadError
        ? {
            ok: false,
            failure: error.failure,
            url: error.url,
            reason: error.reason,
            status: error.status,
          }
        : {
            ok: false,
            failure: 'unusable-feed',
            url: origin,
            reason: 'The feed could not be read',
          };
  }
  self.postMessage(reply);
};
