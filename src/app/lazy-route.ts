import { createElement, use, useSyncExternalStore } from 'react';
import type { ComponentType, ReactElement } from 'react';

/** A loaded page, with the fields React's `use` reads to return it without suspending. */
type TrackedLoad = Promise<ReactElement> & {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: ReactElement;
  reason?: unknown;
};

let loadingPages = 0;
const listeners = new Set<() => void>();

function pagesChanged(by: number): void {
  loadingPages += by;
  // A load starts while React renders the new route: tell the layout after that render.
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * True while a page's code is downloading. A navigation is a transition, so the page the reader
 * was on stays on screen meanwhile; the layout says "Loading page…" above it.
 */
export function usePageLoading(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => loadingPages > 0,
    () => false,
  );
}

/**
 * A route's page, loaded on first use. `preload` starts the download (the app awaits it for the
 * first page before its first render, so that render shows the page, not a loading message); the
 * component reads the loaded module with `use`, which suspends only while it is on its way. A
 * failed download (a deploy that removed the chunk, a dropped connection) is forgotten, so Retry
 * asks again.
 */
export function lazyRoute(load: () => Promise<ComponentType>): {
  Component: ComponentType;
  preload: () => Promise<unknown>;
} {
  let current: TrackedLoad | null = null;
  const preload = (): TrackedLoad => {
    if (current) return current;
    // The page's element, made once: each render of the route shows the same page.
    const loading: TrackedLoad = load().then((Page) => createElement(Page));
    loading.status = 'pending';
    pagesChanged(1);
    loading.then(
      (value) => {
        loading.status = 'fulfilled';
        loading.value = value;
        pagesChanged(-1);
      },
      (reason: unknown) => {
        loading.status = 'rejected';
        loading.reason = reason;
        current = null;
        pagesChanged(-1);
      },
    );
    current = loading;
    return loading;
  };
  function LazyRoute() {
    return use(preload() as Promise<ReactElement>);
  }
  return { Component: LazyRoute, preload };
}
