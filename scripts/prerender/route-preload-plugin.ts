import type { Plugin } from 'vite';
import { routePreloadScript } from '../../src/app/route-preload/route-preload-script';
import { ROUTE_BUDGETS } from '../size-budget/routes';
import { builtHtmlPlugin } from './built-html-plugin';
import { routePreloads } from './route-preloads';

/**
 * Puts in the built index.html a small inline script that asks at once for the opened page's own
 * chunks and styles (src/app/route-preload/route-preload-script.ts). The routes and their page
 * modules are the size budget's table (scripts/size-budget/routes.ts), which a renamed page
 * already fails. Runs after preload-app-start, so what that lists is not asked for twice.
 */
export function routePreload(): Plugin {
  return builtHtmlPlugin('route-preload', ({ chunks, config, listed }) => {
    const table = routePreloads(chunks, ROUTE_BUDGETS, config.base, listed);
    return [{ tag: 'script', children: routePreloadScript(table), injectTo: 'head' }];
  });
}
