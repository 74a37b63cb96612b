/**
 * The data mesh's figures as printed lines and judged goals (issue 13, "Speed"): the bundled mesh
 * loaded and scored in at most 1.5x the single feed's time, and its first national view in the
 * browser no later than the single feed's. Missed goals are said (MISSED), never fatal.
 */
import type { LoadFigures, LoadPair } from './bench-mesh';
import type { BrowserFigures, BrowserScenario } from './bench-browser';
import { BROWSER_SCENARIOS } from './bench-browser';
import { formatMs } from './report';

export const MESH_GOALS = { loadRatio: 1.5, firstViewRatio: 1 } as const;

export interface MeshBench {
  bundled: LoadPair;
  large: LoadPair;
  browser: BrowserFigures;
}

export interface MeshGoal {
  what: string;
  ratio: number;
  limit: number;
  met: boolean;
}

/** a / b, or NaN when b is not a positive time (nothing to compare against). */
export function ratio(a: number, b: number): number {
  return b > 0 && Number.isFinite(a) ? a / b : Number.NaN;
}

const goal = (what: string, value: number, limit: number): MeshGoal => ({
  what,
  ratio: value,
  limit,
  met: value <= limit,
});

export function meshGoals({ bundled, browser }: MeshBench): MeshGoal[] {
  const goals = [
    goal(
      'bundled mesh / single feed, loaded and scored (Node)',
      bundled.ratio,
      MESH_GOALS.loadRatio,
    ),
  ];
  if (browser.ok) {
    const { medianMs } = browser;
    goals.push(
      goal(
        'first national view, mesh / single feed (Chromium)',
        ratio(medianMs.meshNational, medianMs.singleNational),
        MESH_GOALS.firstViewRatio,
      ),
    );
  }
  return goals;
}

export function goalLine({ what, ratio: value, limit, met }: MeshGoal): string {
  return `  ratio: ${what} = ${value.toFixed(2)}x (goal <= ${limit}x): ${met ? 'met' : 'MISSED'}`;
}

export function loadLine(label: string, f: LoadFigures): string {
  const products = f.products > 0 ? `, ${f.products} products, ${f.loaded} gave data` : '';
  const rows = f.observations.toLocaleString('en-GB');
  return `  ${label}: read and check ${formatMs(f.medians.loadMs)} + score ${formatMs(f.medians.scoreFeedMs)} = ${formatMs(f.medians.totalMs)} (${rows} observations${products})`;
}

const SCENARIO_NAMES: Record<BrowserScenario, string> = {
  singleNational: 'first national view, single feed',
  meshNational: 'first national view, mesh',
  defaultNational: 'first national view, default load',
  meshBoard: 'status board lists every product (mesh fully loaded)',
};

function browserLines(browser: BrowserFigures): string[] {
  if (!browser.ok) return [`Headless Chromium: not measured (${browser.reason}).`];
  return [
    `Headless Chromium, production build, median of ${browser.runs} cold loads (time from navigation start):`,
    ...(Object.keys(SCENARIO_NAMES) as BrowserScenario[]).map(
      (s) =>
        `  ${SCENARIO_NAMES[s]} (${BROWSER_SCENARIOS[s].path}): ${formatMs(browser.medianMs[s])}`,
    ),
  ];
}

/** What each mesh is compared with (bench-mesh.ts, writeSameContentFeed). */
export const SAME_CONTENT =
  "  (each mesh's single feed is the mesh's own merged model written as one contract-1 feed: the same observations, technology, measures and measurements)";

export function meshLines(bench: MeshBench): string[] {
  const { bundled, large } = bench;
  const goals = meshGoals(bench);
  const [loadGoal, ...browserGoals] = goals;
  const missed = goals.filter((g) => !g.met);
  return [
    `Data mesh in Node, from disk as the app loads it (median of ${bundled.mesh.runs} rounds of both after ${bundled.mesh.warmUp}; ratios are the median of each round's):`,
    SAME_CONTENT,
    loadLine('single feed of the same content', bundled.single),
    loadLine('bundled mesh', bundled.mesh),
    ...(loadGoal ? [goalLine(loadGoal)] : []),
    `Large mesh (median of ${large.mesh.runs} rounds after ${large.mesh.warmUp}):`,
    loadLine('single feed of the same content', large.single),
    loadLine(large.mesh.name, large.mesh),
    `  ratio: large mesh / its single feed = ${large.ratio.toFixed(2)}x`,
    '',
    ...browserLines(bench.browser),
    ...browserGoals.map(goalLine),
    '',
    missed.length === 0
      ? 'Every data mesh goal met.'
      : `MISSED: ${missed.map((g) => g.what).join('; ')}`,
  ];
}
