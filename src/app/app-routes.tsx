import { matchRoutes, useRoutes } from 'react-router';
import { routes } from './routes';
import type { PreloadHandle } from './routes';

/**
 * The routes as the router draws them (declarative mode: the data router's loaders, actions and
 * fetchers, which this app does not use, were about 18 kB of every page's first-view script).
 */
export function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Starts downloading the code of every route matched at `pathname`, so the app's first render can
 * wait for it and show the page, where the data router showed the built shell meanwhile.
 */
export function preloadRoutes(pathname: string): Promise<unknown> {
  const matches = matchRoutes(routes, pathname) ?? [];
  return Promise.allSettled(
    matches.map(
      (match) =>
        (match.route.handle as PreloadHandle | undefined)?.preload?.() ?? Promise.resolve(),
    ),
  );
}
