import { useSyncExternalStore } from 'react';
import { defaultFeedSource, isCrossOrigin, readFeedParam } from './feed-source';
import type { FeedSource } from './feed-source';

/**
 * The feed source chosen in this browser tab. A URL source survives a reload (sessionStorage); a
 * local file does not, because its contents never leave the browser's memory.
 */
const STORAGE_KEY = 'interop-readiness:feed-source';
const CONFIRMED_KEY = 'interop-readiness:confirmed-origins';

/**
 * The `?feed=` address of the page's own link when it will be loaded without asking (this site, or
 * a site the reader already trusted), so the first render asks for that feed. Read only when the
 * link's gate has not yet run: otherwise the header, footer and banners would fetch the default
 * catalogue first, and the data request could not start before the first render.
 */
export function linkedFeedSource(pageUrl: string): FeedSource | null {
  const read = readFeedParam(new URL(pageUrl).searchParams.get('feed'), pageUrl);
  if (read.kind !== 'url') return null;
  if (isCrossOrigin(read.url, pageUrl) && !isOriginConfirmed(new URL(read.url).origin)) return null;
  return { kind: 'url', url: read.url };
}

// Node (scripts and their tests) imports this module too, without a page.
const startUrl = typeof window === 'undefined' ? null : window.location.href;
let active: FeedSource | null = (startUrl ? linkedFeedSource(startUrl) : null) ?? readStored();
const listeners = new Set<() => void>();

function readStored(): FeedSource | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { kind?: unknown; url?: unknown };
    return parsed.kind === 'url' && typeof parsed.url === 'string'
      ? { kind: 'url', url: parsed.url }
      : null;
  } catch {
    return null;
  }
}

export function setActiveFeedSource(source: FeedSource | null): void {
  active = source;
  try {
    if (source?.kind === 'url') sessionStorage.setItem(STORAGE_KEY, JSON.stringify(source));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (private mode, tests); the choice then lasts until reload.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The source being shown, outside React: for starting its request beside the first route's code. */
export function currentFeedSource(): FeedSource {
  return active ?? defaultFeedSource(window.location.href);
}

/** The source being shown: the chosen one, else the bundled default feed. */
export function useActiveFeedSource(): FeedSource {
  const chosen = useSyncExternalStore(subscribe, () => active);
  return chosen ?? defaultFeedSource(window.location.href);
}

export function isOriginConfirmed(origin: string): boolean {
  try {
    return (JSON.parse(sessionStorage.getItem(CONFIRMED_KEY) ?? '[]') as string[]).includes(origin);
  } catch {
    return false;
  }
}

export function confirmOrigin(origin: string): void {
  try {
    const confirmed = JSON.parse(sessionStorage.getItem(CONFIRMED_KEY) ?? '[]') as string[];
    sessionStorage.setItem(CONFIRMED_KEY, JSON.stringify([...new Set([...confirmed, origin])]));
  } catch {
    // Without storage the user is asked again next time, which is the safe side.
  }
}
