import { describe, expect, it } from 'vitest';
import { routePattern, routePreloadScript } from './route-preload-script';
import type { RoutePreloads } from './route-preload-script';

describe('routePattern', () => {
  it.each([
    ['/', '/', '/', true],
    ['/', '/', '', true],
    ['/', '/', '/systems', false],
    ['/', '/systems', '/systems', true],
    ['/', '/systems', '/systems/', true],
    ['/', '/systems', '/systems/E54000008', false],
    ['/', '/systems/:code', '/systems/E54000008', true],
    ['/', '/systems/:code', '/systems/', false],
    ['/', '/systems/:code', '/systems/E54000008/report', false],
    ['/', '/systems/:code/report', '/systems/E54000008/report', true],
    ['/', '/embed/systems/:code/measures/:measure', '/embed/systems/E1/measures/nhs-app', true],
    ['/', '/data/products', '/data/productsX', false],
    ['/dash/', '/', '/dash/', true],
    ['/dash/', '/', '/dash', true],
    ['/dash/', '/divides', '/dash/divides', true],
    ['/dash/', '/divides', '/divides', false],
  ])('base %s, route %s, path %s: %s', (base, route, path, matches) => {
    expect(new RegExp(routePattern(base, route)).test(path)).toBe(matches);
  });
});

const TABLE: RoutePreloads = {
  files: ['/assets/national.js', '/assets/map.js', '/assets/profile.js', '/assets/profile.css'],
  routes: [
    { pattern: routePattern('/', '/'), scripts: [0, 1], styles: [] },
    { pattern: routePattern('/', '/systems/:code'), scripts: [2, 1], styles: [3] },
    { pattern: routePattern('/', '/accessibility'), scripts: [], styles: [] },
  ],
};

/** Runs the script on a fake page at `pathname`; returns the links it added. */
function linksFor(pathname: string) {
  const added: Record<string, string>[] = [];
  const document = {
    createElement: () => ({}),
    head: { appendChild: (link: Record<string, string>) => added.push(link) },
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script is ours, built above
  const run = new Function('location', 'document', routePreloadScript(TABLE)) as (
    ...pageGlobals: unknown[]
  ) => void;
  run({ pathname }, document);
  return added.map((link) => ({ ...link }));
}

describe('the route preload script', () => {
  it('asks for the opened page’s scripts, at low priority, for the module loader', () => {
    expect(linksFor('/')).toEqual([
      { rel: 'modulepreload', href: '/assets/national.js', crossOrigin: '', fetchPriority: 'low' },
      { rel: 'modulepreload', href: '/assets/map.js', crossOrigin: '', fetchPriority: 'low' },
    ]);
  });

  it('asks for the page’s styles first, as styles', () => {
    expect(linksFor('/systems/E54000008')).toEqual([
      {
        rel: 'preload',
        as: 'style',
        href: '/assets/profile.css',
        crossOrigin: '',
        fetchPriority: 'low',
      },
      { rel: 'modulepreload', href: '/assets/profile.js', crossOrigin: '', fetchPriority: 'low' },
      { rel: 'modulepreload', href: '/assets/map.js', crossOrigin: '', fetchPriority: 'low' },
    ]);
  });

  it('asks for nothing on a page of no route, or a route with nothing to add', () => {
    expect(linksFor('/no/such/page')).toEqual([]);
    expect(linksFor('/accessibility')).toEqual([]);
  });
});
