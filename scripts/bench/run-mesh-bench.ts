/**
 * The data mesh part of `npm run bench`: the bundled mesh against its single feed in Node, a large
 * mesh (about 500 products) against its single feed, and page loads in headless Chromium. The
 * browser part is skipped with a reason, never a crash, when there is no browser or build.
 */
import { rmSync } from 'node:fs';
import { benchBrowser } from './bench-browser';
import type { BrowserFigures } from './bench-browser';
import { benchMeshAgainstItsFeed } from './bench-mesh';
import { MESH_SCALE, writeLargeMesh } from './large-mesh';
import type { MeshBench } from './mesh-bench-report';
import { startServed } from './preview-server';

const BROWSER_RUNS = 3;

async function browserFigures(root: string, log: (line: string) => void): Promise<BrowserFigures> {
  try {
    log('Building the app and serving it for headless Chromium ...');
    const server = await startServed(root);
    try {
      log(`Loading pages in headless Chromium: 1 warm-up load + ${BROWSER_RUNS} rounds ...`);
      return await benchBrowser(server.url, BROWSER_RUNS, log);
    } finally {
      server.close();
    }
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] ?? 'unknown error' };
  }
}

export async function benchMesh(
  root: string,
  log: (line: string) => void,
  withBrowser: boolean,
): Promise<MeshBench> {
  log(
    'Measuring the bundled mesh against the single feed of its content: 5 warm-up + 15 rounds of both ...',
  );
  const bundled = await benchMeshAgainstItsFeed({
    runs: 15,
    warmUp: 5,
    name: 'bundled mesh',
    cataloguePath: `${root}public/data/mesh/catalogue.json`,
  });
  log(`Writing the large mesh (--scale ${MESH_SCALE}, one product per area) ...`);
  const large = writeLargeMesh();
  try {
    log(`Measuring the large mesh (${large.products} products): 1 warm-up + 3 rounds of both ...`);
    const largePair = await benchMeshAgainstItsFeed({
      runs: 3,
      warmUp: 1,
      name: `large mesh (scale ${MESH_SCALE})`,
      cataloguePath: large.cataloguePath,
    });
    const browser: BrowserFigures = withBrowser
      ? await browserFigures(root, log)
      : { ok: false, reason: 'skipped with --no-browser' };
    return { bundled, large: largePair, browser };
  } finally {
    rmSync(large.dir, { recursive: true, force: true });
  }
}
