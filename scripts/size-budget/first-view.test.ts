import { describe, expect, it } from 'vitest';
import { entryKey, firstViewFiles, staticClosure } from './first-view';
import type { Manifest } from './first-view';

// A hand-made manifest in Vite's shape: the entry shares a vendor chunk with the pages, the
// national page imports a chart chunk statically and the export code dynamically.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-A.js',
    isEntry: true,
    imports: ['_vendor-V.js'],
    dynamicImports: ['src/national.tsx', 'src/systems.tsx'],
  },
  '_vendor-V.js': { file: 'assets/vendor-V.js' },
  '_chart-C.js': { file: 'assets/chart-C.js', imports: ['_vendor-V.js', 'index.html'] },
  '_export-E.js': { file: 'assets/export-E.js', imports: ['_chart-C.js'] },
  '_style-S.css': { file: 'assets/style-S.css' },
  'src/national.tsx': {
    file: 'assets/national-N.js',
    imports: ['index.html', '_chart-C.js', '_style-S.css'],
    dynamicImports: ['_export-E.js'],
  },
  'src/systems.tsx': { file: 'assets/systems-S.js', imports: ['index.html', '_vendor-V.js'] },
};

describe('firstViewFiles', () => {
  it.each([
    [
      'src/national.tsx',
      ['assets/chart-C.js', 'assets/index-A.js', 'assets/national-N.js', 'assets/vendor-V.js'],
    ],
    ['src/systems.tsx', ['assets/index-A.js', 'assets/systems-S.js', 'assets/vendor-V.js']],
  ])('%s needs %j (no dynamic imports, no CSS, each file once)', (page, files) => {
    expect(firstViewFiles(manifest, page)).toEqual(files);
  });

  it('fails on a page the manifest does not have (a renamed route)', () => {
    expect(() => firstViewFiles(manifest, 'src/gone.tsx')).toThrow('no chunk "src/gone.tsx"');
  });
});

describe('firstViewFiles with the app started from the entry', () => {
  // src/main.tsx imports src/app/start-app.tsx dynamically, but always and at once, and the
  // accessibility page imports nothing of it: the app's chunks are still in its first view.
  const split: Manifest = {
    'index.html': {
      file: 'assets/index-A.js',
      isEntry: true,
      imports: ['_query-Q.js'],
      dynamicImports: ['src/app/start-app.tsx', 'src/readers.ts'],
    },
    '_query-Q.js': { file: 'assets/query-Q.js' },
    'src/app/start-app.tsx': {
      file: 'assets/start-app-S.js',
      isDynamicEntry: true,
      imports: ['index.html', '_router-R.js'],
      dynamicImports: ['src/a11y.tsx'],
    },
    '_router-R.js': { file: 'assets/router-R.js' },
    'src/readers.ts': { file: 'assets/readers-X.js', isDynamicEntry: true },
    'src/a11y.tsx': { file: 'assets/a11y-P.js', imports: ['index.html'] },
  };

  it('counts the app and its imports, not the other dynamic imports of the entry', () => {
    expect(firstViewFiles(split, 'src/a11y.tsx')).toEqual([
      'assets/a11y-P.js',
      'assets/index-A.js',
      'assets/query-Q.js',
      'assets/router-R.js',
      'assets/start-app-S.js',
    ]);
  });
});

describe('staticClosure', () => {
  it('follows import cycles to an end', () => {
    expect(staticClosure(manifest, ['_chart-C.js'])).toEqual([
      'assets/chart-C.js',
      'assets/index-A.js',
      'assets/vendor-V.js',
    ]);
  });
});

describe('entryKey', () => {
  it('finds the one entry', () => {
    expect(entryKey(manifest)).toBe('index.html');
  });

  it.each([
    ['none', { a: { file: 'a.js' } }],
    ['two', { a: { file: 'a.js', isEntry: true }, b: { file: 'b.js', isEntry: true } }],
  ])('refuses a manifest with %s', (_name, bad: Manifest) => {
    expect(() => entryKey(bad)).toThrow('expected one entry chunk');
  });
});
