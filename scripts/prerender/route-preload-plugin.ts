import type { Plugin } from 'vite';
import { routePreloadScript } from '../../src/app/route-preload/route-preload-script';
import { ROUTE_BUDGETS } from '../size-budget/routes';
import { builtChunks, routePreloads } from './route-preloads';

/**
 * Puts in the built index.html a small inline script that asks at once for the opened page's own
 * chunks and styles (src/app/route-preload/route-preload-script.ts). The routes and their page
 * modules are the size budget's table (scripts/size-budget/routes.ts), which a renamed page
 * already fails. Runs after preload-app-start, so what that lists is not asked for twice.
 */
export function routePreload(): Plugin {
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(resolved) {
      base = resolved.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = builtChunks(ctx.bundle ?? {});
        const listed = (file: string) => html.includes(`"${base}${file}"`);
        const table = routePreloads(chunks, ROUTE_BUDGETS, base, listed);
        return [{ tag: 'script', children: routePreloadScript(table), injectTo: 'head' }];
      },
    },
  };
}
