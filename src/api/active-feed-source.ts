import { useSyncExternalStore } from 'react';
import { defaultFeedSource } from './feed-source';
import type { FeedSource } from './feed-source';

/**
 * The feed source chosen in this browser tab. A URL source survives a reload (sessionStorage); a
 * local file does not, because its contents never leave the browser's memory.
 */
const STORAGE_KEY = 'interop-readiness:feed-source';
const CONFIRMED_KEY = 'interop-readiness:confirmed-origins';

let active: FeedSource | null = readStored();
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
