/**
 * `npm run bench:web`: Lighthouse (mobile preset; desktop too for /) on every route of issue 15,
 * against a production build served as `npm start` serves it (precompressed, cache headers), on a
 * free port. Prints performance, accessibility, best practices, CLS, TBT and first-view JS per
 * route, and the goals missed. Then the interaction long tasks (interaction-bench.ts): changing
 * the quarter, the metric and a weight on the default data. A bench, never a test: it always exits
 * 0 once it has measured. Needs a Chromium: CHROME_PATH, CHROMIUM_PATH or /usr/bin/chromium.
 * `--interactions-only` skips Lighthouse; `--rounds N` sets the changes per interaction (default
 * 7); `--dist DIR` measures a build already in DIR (precompressed in place) instead of building;
 * `--routes /,/compare,/data/products` runs Lighthouse on those pages only (each given is a page's
 * path; its query, as /compare's systems, is kept); `--lighthouse-only` skips the interactions.
 * See README "Web bench".
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressDir } from '../serve/precompress';
import { createStaticServer } from '../serve/static-server';
import { measureRoutes } from '../size-budget/measure';
import { benchInteractions } from './interaction-bench';
import { formatInteractionTable, interactionMet } from './interaction-report';
import type { InteractionFigures } from './interaction-report';
import { chromePath, launchChrome, runLighthouse } from './web-lighthouse';
import { figuresOf, formatWebTable, missedGoals } from './web-report';
import type { FormFactor, WebRun } from './web-report';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const argv = process.argv.slice(2);
const interactionsOnly = argv.includes('--interactions-only');
const roundsAt = argv.indexOf('--rounds');
const distAt = argv.indexOf('--dist');
const givenDist = distAt >= 0 ? argv[distAt + 1] : undefined;
const rounds = roundsAt >= 0 ? Math.max(1, Number(argv[roundsAt + 1]) || 7) : 7;
const routesAt = argv.indexOf('--routes');
const routes = routesAt >= 0 ? (argv[routesAt + 1] ?? '').split(',').filter(Boolean) : null;
const lighthouseOnly = argv.includes('--lighthouse-only');

/** The pages of issue 15, each with its route in the size budget. */
const PAGES: { url: string; route: string; formFactors: FormFactor[] }[] = [
  { url: '/', route: '/', formFactors: ['mobile', 'desktop'] },
  { url: '/systems', route: '/systems', formFactors: ['mobile'] },
  { url: '/systems/E54000008', route: '/systems/:code', formFactors: ['mobile'] },
  { url: '/systems/E54000008/report', route: '/systems/:code/report', formFactors: ['mobile'] },
  {
    url: '/compare?systems=E54000008,E54000050,E54000027,E54000010',
    route: '/compare',
    formFactors: ['mobile'],
  },
  { url: '/standards', route: '/standards', formFactors: ['mobile'] },
  { url: '/standards/nhs-number', route: '/standards/:id', formFactors: ['mobile'] },
  { url: '/divides', route: '/divides', formFactors: ['mobile'] },
  { url: '/data', route: '/data', formFactors: ['mobile'] },
  { url: '/data/products', route: '/data/products', formFactors: ['mobile'] },
  { url: '/methodology', route: '/methodology', formFactors: ['mobile'] },
];

function build(outDir: string) {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  const done = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 2] });
  if (done.status !== 0) throw new Error(`vite build failed (exit ${String(done.status)})`);
}

async function main() {
  const chrome = chromePath();
  if (!chrome) {
    log(
      'No Chromium: set CHROME_PATH or install one (apt-get install chromium). Nothing measured.',
    );
    return;
  }
  const dir = givenDist ?? mkdtempSync(join(tmpdir(), 'interop-web-bench-'));
  let server: Server | undefined;
  try {
    log(givenDist ? `Precompressing ${givenDist}…` : 'Building and precompressing…');
    if (!givenDist) build(dir);
    await precompressDir(dir);
    // After the build: the server lists the folder's files once, when it is made.
    server = createStaticServer(dir);
    const sizes = new Map(measureRoutes(dir).map((row) => [row.path, row.bytes]));
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    if (!interactionsOnly) await lighthouseRuns(chrome, base, sizes);
    const rows: InteractionFigures[] = [];
    for (const slowdown of lighthouseOnly ? [] : [1, 4]) {
      const measured = await benchInteractions(base, rounds, slowdown, log);
      if (measured.ok) rows.push(...measured.rows);
      else log(`Interactions not measured: ${measured.reason}`);
    }
    if (rows.length > 0) {
      process.stdout.write(`\nInteraction long tasks (412 x 823; the load at full speed):\n`);
      process.stdout.write(`${formatInteractionTable(rows)}\n`);
      const met = rows.filter(interactionMet).length;
      process.stdout.write(`No task over 50 ms (median round) on ${met} of ${rows.length}.\n`);
    }
    const load = loadavg().map((value) => value.toFixed(2));
    process.stdout.write(`Load average at the end (1, 5, 15 min): ${load.join(', ')}\n`);
  } finally {
    server?.close();
    if (!givenDist) rmSync(dir, { recursive: true, force: true });
  }
}

async function lighthouseRuns(chrome: string, base: string, sizes: Map<string, number>) {
  const launched = await launchChrome(chrome);
  const runs: WebRun[] = [];
  try {
    const chosen = routes
      ? PAGES.filter((p) => routes.some((r) => p.url === r || p.url.startsWith(`${r}?`)))
      : PAGES;
    for (const page of chosen) {
      for (const formFactor of page.formFactors) {
        log(`Lighthouse ${formFactor} ${page.url}`);
        const lhr = await runLighthouse(`${base}${page.url}`, launched.port, formFactor);
        if (lhr.runtimeError) log(`  ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const firstViewJs = sizes.get(page.route) ?? null;
        runs.push({ url: page.url, formFactor, firstViewJs, ...figuresOf(lhr) });
      }
    }
  } finally {
    launched.kill();
  }
  process.stdout.write(`${formatWebTable(runs)}\n`);
  const met = runs.filter((run) => missedGoals(run).length === 0).length;
  process.stdout.write(`Every goal met on ${met} of ${runs.length} runs.\n`);
}

await main();
