/**
 * `npm run bench:big` (issue 18 item 6): a production build in headless Chromium loads a ~60 MB
 * feed (1,421 systems, 477,995 observations: the generator's --scale 29, default seed) by `?feed=`
 * and draws the national map. Prints, per load, the time to the map, the longest main-thread task,
 * how many tasks ran over 50 ms and their sum, the status texts shown, and the machine's load. A
 * bench, never a test: it always exits 0. See README "Speed".
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBigFeedLoad } from './big-feed-browser';
import { startPreview } from './preview-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const SCALE = 29;
const RUNS = 3;

/** Generated once into the temp folder and reused; written under another name, then renamed. */
function bigFeed(): string {
  const path = join(tmpdir(), `interop-bench-big-scale${SCALE}.json`);
  if (existsSync(path)) return path;
  log(`Generating the big feed (--scale ${SCALE}) into ${path} ...`);
  const partial = `${path}.${process.pid}.partial`;
  const args = ['--import', 'tsx', 'scripts/generate-sample-feed.ts', '--scale', String(SCALE)];
  const result = spawnSync(process.execPath, [...args, '--out', partial], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`The feed generator failed (exit ${String(result.status)})`);
  }
  renameSync(partial, path);
  return path;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const feed = bigFeed();
  log('Building the app and serving it for headless Chromium ...');
  const server = await startPreview(root);
  try {
    mkdirSync(join(server.outDir, 'bench'), { recursive: true });
    copyFileSync(feed, join(server.outDir, 'bench', 'big-feed.json'));
    const before = load();
    const result = await benchBigFeedLoad(`${server.url}/?feed=/bench/big-feed.json`, RUNS, log);
    if (!result.ok) {
      console.log(`Big-feed bench skipped: ${result.reason}`);
      return;
    }
    console.log(
      `Big feed (--scale ${SCALE}) in headless Chromium; load average ${before} -> ${load()}`,
    );
    for (const [index, run] of result.loads.entries()) {
      console.log(
        `  load ${index + 1}: map ${ms(run.mapMs)}, longest task ${ms(run.longestTaskMs)}` +
          `${run.longestTaskMs < 200 ? '' : ' (goal < 200 ms MISSED)'}, ${run.longTasks} tasks` +
          ` over 50 ms (${ms(run.blockedMs)} in all)`,
      );
    }
    const shown = result.loads[0]?.progress ?? [];
    if (shown.length > 0) console.log(`  shown while loading: ${shown.join(' | ')}`);
  } finally {
    server.close();
  }
}

await main();
