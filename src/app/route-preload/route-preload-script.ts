/**
 * What the first page of a visit needs beyond the app's own scripts: for each route, its page
 * chunk and the chunks that imports, and the page's styles, as indexes into `files` (built from
 * the bundle by scripts/prerender/route-preload-plugin.ts, with the routes of
 * scripts/size-budget/routes.ts).
 */
export interface RoutePreloads {
  files: string[];
  routes: { pattern: string; scripts: number[]; styles: number[] }[];
}

/** A route path of the router ("/systems/:code") as an anchored pattern for a page's path. */
export function routePattern(base: string, path: string): string {
  const prefix = base.replace(/\/$/, '');
  const escaped = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${prefix}${escaped === '/' ? '/?' : `${escaped}/?`}$`;
}

/**
 * The inline script the built index.html runs first: it asks at once for the scripts and styles
 * of the page being opened. Without it they were asked for only once the app's code had run and
 * the router had matched the page (on `/`, 550-580 ms after navigation in a local build, and the
 * national page's 40 chunks then took the six connections the mesh's products were waiting for;
 * README "Data mesh"). The router's own import later finds them loaded. Plain JavaScript of 2017,
 * like the early fetch script; a path no route matches asks for nothing.
 */
export function routePreloadScript(table: RoutePreloads): string {
  return `(function () {
  var table = ${JSON.stringify(table)};
  var path = location.pathname;
  for (var i = 0; i < table.routes.length; i++) {
    var route = table.routes[i];
    if (!new RegExp(route.pattern).test(path)) continue;
    var add = function (rel, index, as) {
      var link = document.createElement('link');
      link.rel = rel;
      link.href = table.files[index];
      link.crossOrigin = '';
      link.fetchPriority = 'low';
      if (as) link.as = as;
      document.head.appendChild(link);
    };
    for (var s = 0; s < route.styles.length; s++) add('preload', route.styles[s], 'style');
    for (var j = 0; j < route.scripts.length; j++) add('modulepreload', route.scripts[j]);
    return;
  }
})();`;
}
