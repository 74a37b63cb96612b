import { useSyncExternalStore } from 'react';
import type { LoadStatus } from './fetch-with-retries';
import type { MeshProgress } from './mesh/load-mesh';

/**
 * The state of each feed load in progress, by address, so the loading message can say what is
 * happening (downloading, trying again) and offer Stop. A module store rather than query state:
 * the query only knows "pending" until it settles.
 */
interface Entry {
  status: LoadStatus;
  stop: AbortController;
  /** For a mesh: how many of its data products have settled. */
  products: MeshProgress | null;
  /** After the download: the feed being read and checked, then its rows taken in. */
  reading: FeedReading | null;
}

/**
 * What happens to a large feed between its last byte and the page having it: the feed worker
 * reads and checks it (seconds for 60 MB), then its rows cross to the page in parts.
 */
export type FeedReading = { rows: number; total: number } | { rows: null; total: null };

const loads = new Map<string, Entry>();
const listeners = new Set<() => void>();
let lastNotified = 0;

/** Byte counts change per chunk; the page needs a few updates a second, not hundreds. */
const PROGRESS_EVERY_MS = 200;

function notify(force: boolean) {
  const now = Date.now();
  if (!force && now - lastNotified < PROGRESS_EVERY_MS) return;
  lastNotified = now;
  listeners.forEach((listener) => listener());
}

/** Starts tracking a load; returns the signal Stop aborts and the reporter to pass on. */
export function beginFeedLoad(url: string) {
  const entry: Entry = {
    status: {
      attempt: 1,
      attempts: 1,
      phase: 'waiting',
      received: 0,
      total: null,
      lastProblem: null,
    },
    stop: new AbortController(),
    products: null,
    reading: null,
  };
  loads.set(url, entry);
  notify(true);
  return {
    stopSignal: entry.stop.signal,
    onStatus: (status: LoadStatus) => {
      if (loads.get(url) !== entry) return;
      const changed =
        status.phase !== entry.status.phase || status.attempt !== entry.status.attempt;
      entry.status = status;
      notify(changed);
    },
    onProducts: (progress: MeshProgress) => {
      if (loads.get(url) !== entry) return;
      entry.products = progress;
      notify(true);
    },
    end: () => {
      if (loads.get(url) === entry) loads.delete(url);
      notify(true);
    },
  };
}

/**
 * Notes that the feed at this address is being read (`rows` null) or its checked rows are arriving;
 * does nothing when no load at that address is being tracked.
 */
export function noteFeedReading(url: string, reading: FeedReading): void {
  const entry = loads.get(url);
  if (!entry) return;
  const started =
    entry.reading === null || (entry.reading.rows === null) !== (reading.rows === null);
  entry.reading = reading;
  notify(started);
}

/** Ends a load at the reader's request: it fails at once with a LoadError offering Retry. */
export function stopFeedLoad(url: string): void {
  loads.get(url)?.stop.abort();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFeedLoadStatus(url: string | null): LoadStatus | null {
  return useSyncExternalStore(subscribe, () => (url ? (loads.get(url)?.status ?? null) : null));
}

/** "31 of 42 data products loaded": null unless a mesh is loading at this address. */
export function useFeedLoadProducts(url: string | null): MeshProgress | null {
  return useSyncExternalStore(subscribe, () => (url ? (loads.get(url)?.products ?? null) : null));
}

/** Whether the feed at this address is being read and how many of its rows have arrived. */
export function useFeedReading(url: string | null): FeedReading | null {
  return useSyncExternalStore(subscribe, () => (url ? (loads.get(url)?.reading ?? null) : null));
}
