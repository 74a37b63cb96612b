import { describe, expect, it } from 'vitest';
import type { LoadFigures } from './bench-mesh';
import type { BrowserFigures } from './bench-browser';
import { SAME_CONTENT, goalLine, loadLine, meshGoals, meshLines, ratio } from './mesh-bench-report';
import type { MeshBench } from './mesh-bench-report';

function load(totalMs: number, products = 0, loaded = 0): LoadFigures {
  return {
    name: products > 0 ? 'a mesh' : 'a feed',
    path: '/tmp/x.json',
    runs: 15,
    warmUp: 5,
    products,
    loaded,
    observations: 16505,
    medians: { loadMs: totalMs - 10, scoreFeedMs: 10, totalMs },
  };
}

const browser = (single: number, mesh: number): BrowserFigures => ({
  ok: true,
  runs: 3,
  medianMs: { singleNational: single, meshNational: mesh, defaultNational: mesh, meshBoard: 5000 },
  samples: { singleNational: [], meshNational: [], defaultNational: [], meshBoard: [] },
});

function bench(singleMs: number, meshMs: number, pages: BrowserFigures): MeshBench {
  return {
    bundled: { single: load(singleMs), mesh: load(meshMs, 49, 47), ratio: meshMs / singleMs },
    large: { single: load(1000), mesh: load(4000, 490, 488), ratio: 4 },
    browser: pages,
  };
}

describe('ratio', () => {
  it.each<[string, number, number, number]>([
    ['a plain ratio', 150, 100, 1.5],
    ['equal times', 80, 80, 1],
    ['nothing to compare against', 10, 0, Number.NaN],
    ['a missing figure', Number.NaN, 10, Number.NaN],
  ])('%s', (_name, a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });
});

describe('meshGoals', () => {
  it.each<[string, number, number, BrowserFigures, boolean[]]>([
    ['exactly 1.5x and the same first view meet both', 100, 150, browser(4000, 4000), [true, true]],
    ['just over 1.5x misses the load goal', 100, 151, browser(4000, 3900), [false, true]],
    ['a later first view misses the browser goal', 100, 120, browser(4000, 4001), [true, false]],
    ['no browser: only the load goal is judged', 100, 120, { ok: false, reason: 'none' }, [true]],
  ])('%s', (_name, singleMs, meshMs, pages, met) => {
    expect(meshGoals(bench(singleMs, meshMs, pages)).map((goal) => goal.met)).toEqual(met);
  });
});

describe('lines', () => {
  it('prints a goal with its ratio, limit and verdict', () => {
    expect(goalLine({ what: 'mesh / feed', ratio: 1.324, limit: 1.5, met: true })).toBe(
      '  ratio: mesh / feed = 1.32x (goal <= 1.5x): met',
    );
  });

  it.each<[string, LoadFigures, string]>([
    [
      'a single feed',
      load(108.5),
      '  x: read and check 98.5 ms + score 10.0 ms = 109 ms (16,505 observations)',
    ],
    [
      'a mesh names its products',
      load(144, 49, 47),
      '  x: read and check 134 ms + score 10.0 ms = 144 ms (16,505 observations, 49 products, 47 gave data)',
    ],
  ])('%s', (_name, figures, line) => {
    expect(loadLine('x', figures)).toBe(line);
  });

  it('says which goal was missed, and why the browser was not measured', () => {
    const lines = meshLines(bench(100, 200, { ok: false, reason: 'no Chromium found' }));
    expect(lines).toContain('Headless Chromium: not measured (no Chromium found).');
    // What the mesh is compared with is said before its figures.
    expect(lines[1]).toBe(SAME_CONTENT);
    expect(lines[2]).toMatch(/^ {2}single feed of the same content: read and check /);
    expect(lines).toContain('  ratio: large mesh / its single feed = 4.00x');
    expect(lines.at(-1)).toBe('MISSED: bundled mesh / single feed, loaded and scored (Node)');
  });

  it('says so when every goal is met, with the browser figures', () => {
    const lines = meshLines(bench(100, 120, browser(4000, 3000)));
    expect(lines).toContain(
      '  first national view, mesh (/?feed=/data/mesh/catalogue.json): 3000 ms',
    );
    expect(lines.at(-1)).toBe('Every data mesh goal met.');
  });
});
