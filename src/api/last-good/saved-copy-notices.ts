import { useSyncExternalStore } from 'react';

/**
 * Which resources the page is showing from their saved copy, and why the network copy could not
 * be had, for the banner that names the data's date and the failure. A fresh network copy of a
 * resource clears its notice.
 */
export interface SavedCopyNotice {
  url: string;
  savedAt: Date;
  failure: string;
}

let notices: readonly SavedCopyNotice[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly SavedCopyNotice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

export function noteSavedCopy(notice: SavedCopyNotice): void {
  publish([...notices.filter((n) => n.url !== notice.url), notice]);
}

export function clearSavedCopy(url: string): void {
  if (notices.some((n) => n.url === url)) publish(notices.filter((n) => n.url !== url));
}

export function savedCopyNotices(): readonly SavedCopyNotice[] {
  return notices;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current notices; re-renders when one is added or cleared. */
export function useSavedCopyNotices(): readonly SavedCopyNotice[] {
  return useSyncExternalStore(subscribe, savedCopyNotices, savedCopyNotices);
}
