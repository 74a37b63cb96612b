/**
 * `npm run bench:big` (issue 18 item 6): a production build in headless Chromium loads a ~60 MB
 * feed (1,421 systems, 477,995 observations: the generator's --scale 29, default seed) by `?feed=`
 * and draws the national map. Prints, per load, the time to the map, the longest main-thread task,
 * how many tasks ran over 50 ms and their sum, the status texts shown, and the machine's load. A
 * bench, never a test: it always exits 0. See README "Speed".
 *
 * `--dist <dir>` serves a build already made (to compare two builds in turns without building
 * each time), `--runs <n>` sets the number of loads, and `--profile <file>` writes a CPU profile
 * of the first load's main thread and prints its long stretches of work with what took them.
 *
 * The build is served as `npm start` serves it (`--server start`, the default: precompressed,
 * sizes declared), as the mesh benches are. `--server preview` uses `vite preview`, which gzips
 * the 63 MB feed as it sends it, on one of the machine's two cores, while the page loads: on
 * 8 December its loads had their longest tasks at page start, waiting for a core.
 */
import { spawn, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBigFeedLoad } from './big-feed-browser';
import { buildIntoTemp, serveBuilt, startPreview } from './preview-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const SCALE = 29;
const { values: flags } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string' },
    profile: { type: 'string' },
    server: { type: 'string', default: 'start' },
  },
});
if (flags.server !== 'start' && flags.server !== 'preview') {
  throw new Error(`--server is start or preview, not ${String(flags.server)}`);
}
const RUNS = Number(flags.runs ?? 3);

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

/** `vite preview` of a build made earlier (`--dist`); the build is left as it is, bar the feed. */
async function servePrebuilt(outDir: string) {
  const port = 4400 + (process.pid % 500);
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const args = ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, [vite, ...args, '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 120; tries++) {
    try {
      if ((await fetch(url)).ok) return { url, outDir, close: () => child.kill() };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`vite preview of ${outDir} did not answer at ${url}`);
}

/** The feed in the build's bench/ folder, where the page asks for it. */
function placeFeed(outDir: string, feed: string): void {
  const served = join(outDir, 'bench', 'big-feed.json');
  mkdirSync(join(outDir, 'bench'), { recursive: true });
  if (!existsSync(served)) copyFileSync(feed, served);
}

/** As `npm start` serves it; the feed is placed first, as the server lists the files it serves. */
async function serveAsStart(feed: string) {
  const outDir = flags.dist ?? buildIntoTemp(root);
  placeFeed(outDir, feed);
  const cleanUp = () => {
    if (!flags.dist) rmSync(outDir, { recursive: true, force: true });
  };
  return serveBuilt(outDir, cleanUp);
}

async function servePreviewed(feed: string) {
  const server = flags.dist ? await servePrebuilt(flags.dist) : await startPreview(root);
  placeFeed(server.outDir, feed);
  return server;
}

async function main(): Promise<void> {
  const feed = bigFeed();
  const how = flags.server === 'start' ? 'as npm start serves it' : 'by vite preview';
  log(flags.dist ? `Serving ${flags.dist} ${how} ...` : `Building the app, served ${how} ...`);
  const server = flags.server === 'start' ? await serveAsStart(feed) : await servePreviewed(feed);
  try {
    const before = load();
    const url = `${server.url}/?feed=/bench/big-feed.json`;
    const result = await benchBigFeedLoad(url, RUNS, log, flags.profile);
    if (!result.ok) {
      console.log(`Big-feed bench skipped: ${result.reason}`);
      return;
    }
    console.log(
      `Big feed (--scale ${SCALE}) in headless Chromium, served ${how}; load average ${before} -> ${load()}`,
    );
    for (const [index, run] of result.loads.entries()) {
      console.log(
        `  load ${index + 1}: map ${ms(run.mapMs)}, longest task ${ms(run.longestTaskMs)}` +
          `${run.longestTaskMs < 200 ? '' : ' (goal < 200 ms MISSED)'}, ${run.longTasks} tasks` +
          ` over 50 ms (${ms(run.blockedMs)} in all)`,
      );
      const longest = [...run.tasks].sort((a, b) => b.durationMs - a.durationMs).slice(0, 6);
      const at = longest.map((task) => `${ms(task.durationMs)} at ${ms(task.startMs)}`);
      console.log(`    longest tasks: ${at.join(', ')}`);
    }
    // Counts change many times a second; each message is listed once, its numbers as N.
    const shown = [
      ...new Set((result.loads[0]?.progress ?? []).map((t) => t.replace(/\d[\d,.]*/g, 'N'))),
    ];
    if (shown.length > 0) console.log(`  shown while loading: ${shown.join(' | ')}`);
    if (flags.profile) {
      console.log(`  CPU profile of load 1 (${flags.profile}), stretches of work over 50 ms:`);
      for (const stretch of result.stretches) {
        console.log(`    at ${ms(stretch.startMs)}: ${ms(stretch.durationMs)}`);
        console.log(`      ${stretch.top.join('; ')}`);
      }
    }
  } finally {
    server.close();
  }
}

await main();
