import { describe, expect, it } from 'vitest';
import { chunkClosure, routePreloads } from './route-preloads';
import type { BuiltChunk } from './route-preloads';

const chunk = (fileName: string, imports: string[] = [], css: string[] = [], page?: string) => ({
  fileName,
  facadeModuleId: page ? `/repo/${page}` : null,
  imports,
  css,
});

// The entry and a shared chunk index.html already lists; two pages sharing a map chunk.
const CHUNKS: BuiltChunk[] = [
  chunk('assets/index.js', ['assets/react.js']),
  chunk('assets/react.js'),
  chunk(
    'assets/national-page.js',
    ['assets/map.js', 'assets/index.js'],
    ['assets/national.css'],
    'src/features/national/national-page.tsx',
  ),
  chunk('assets/map.js', ['assets/react.js', 'assets/scale.js'], ['assets/map.css']),
  chunk('assets/scale.js'),
  chunk('assets/divides-page.js', ['assets/map.js'], [], 'src/features/divides/divides-page.tsx'),
];
const ROUTES = [
  { path: '/', page: 'src/features/national/national-page.tsx' },
  { path: '/divides', page: 'src/features/divides/divides-page.tsx' },
];
const listed = (file: string) => file === 'assets/index.js' || file === 'assets/react.js';

describe('chunkClosure', () => {
  it('follows static imports, nearest first, each once, with their styles', () => {
    const byFile = new Map(CHUNKS.map((built) => [built.fileName, built]));
    expect(chunkClosure(byFile, 'assets/national-page.js')).toEqual({
      scripts: [
        'assets/national-page.js',
        'assets/map.js',
        'assets/index.js',
        'assets/react.js',
        'assets/scale.js',
      ],
      styles: ['assets/national.css', 'assets/map.css'],
    });
  });
});

describe('routePreloads', () => {
  it('lists each route’s own files once, leaving out what index.html lists', () => {
    const table = routePreloads(CHUNKS, ROUTES, '/', listed);
    expect(table.files).toEqual([
      '/assets/national-page.js',
      '/assets/map.js',
      '/assets/scale.js',
      '/assets/national.css',
      '/assets/map.css',
      '/assets/divides-page.js',
    ]);
    expect(table.routes).toEqual([
      { pattern: '^/?$', scripts: [0, 1, 2], styles: [3, 4] },
      { pattern: '^/divides/?$', scripts: [5, 1, 2], styles: [4] },
    ]);
  });

  it('prefixes the base', () => {
    const table = routePreloads(CHUNKS, ROUTES.slice(1), '/dash/', listed);
    expect(table.files[0]).toBe('/dash/assets/divides-page.js');
    expect(table.routes[0]?.pattern).toBe('^/dash/divides/?$');
  });

  it('fails on a route whose page has no chunk: the route table has gone stale', () => {
    expect(() =>
      routePreloads(CHUNKS, [{ path: '/gone', page: 'src/features/gone-page.tsx' }], '/', listed),
    ).toThrow(/no chunk for src\/features\/gone-page.tsx/);
  });
});
