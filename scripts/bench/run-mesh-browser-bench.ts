/**
 * The browser part of the mesh bench alone (`npx tsx scripts/bench/run-mesh-browser-bench.ts`):
 * the first national view from the single feed, from the mesh by `?feed=` and by default, in
 * headless Chromium, each load in a fresh context. `--dist <dir>` serves a build made earlier
 * instead of building; `--against <dir>` loads a second build in turns with the first, each
 * scenario old then new or new then old by round, so a burst of load on a shared machine hits both
 * alike (before/after figures taken at different times on these machines differed by 2x);
 * `--runs <n>` rounds after one warm-up load of each (default 5). Prints medians, the mesh's ratios
 * to the single feed (the median of each round's ratio) and the load average before and after.
 * `--network slow-4g|4g` loads every page over an emulated network (NETWORKS in bench-browser.ts):
 * over the loopback a request costs no time of its own, so requests made one after another cost
 * nothing there that a reader's phone does not pay.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { BROWSER_SCENARIOS, NETWORKS, findChromium, loadOnce } from './bench-browser';
import type { BrowserScenario } from './bench-browser';
import { serveBuilt, startServed } from './preview-server';
import type { PreviewServer } from './preview-server';
import { median } from './timing';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const SCENARIOS: BrowserScenario[] = ['singleNational', 'meshNational', 'defaultNational'];

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    against: { type: 'string' },
    runs: { type: 'string' },
    network: { type: 'string', default: 'none' },
  },
});
const runs = Number(values.runs ?? 5);
const networkName = values.network;
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

async function main(): Promise<number> {
  if (!(networkName in NETWORKS)) {
    log(`--network must be one of ${Object.keys(NETWORKS).join(', ')}`);
    return 2;
  }
  const network = NETWORKS[networkName] ?? null;
  const found = findChromium();
  if (!found.ok) {
    log(found.reason);
    return 1;
  }
  const servers: { name: string; server: PreviewServer }[] = [];
  const browser = await chromium.launch(found.path ? { executablePath: found.path } : {});
  try {
    servers.push({
      name: values.dist ?? 'this checkout',
      server: values.dist ? await serveBuilt(values.dist) : await startServed(root),
    });
    if (values.against) {
      servers.unshift({ name: values.against, server: await serveBuilt(values.against) });
    }
    const samples = servers.map(() => new Map(SCENARIOS.map((s) => [s, [] as number[]])));
    const loadBefore = load();
    for (const { server } of servers) {
      const warmUp = `${server.url}${BROWSER_SCENARIOS.meshNational.path}`;
      await loadOnce(browser, warmUp, 'national', network);
    }
    for (let round = 0; round < runs; round++) {
      const order = servers.map((_, i) => (i + round) % servers.length);
      for (const scenario of SCENARIOS) {
        const { path, until } = BROWSER_SCENARIOS[scenario];
        for (const i of order) {
          const ms = await loadOnce(browser, `${servers[i]!.server.url}${path}`, until, network);
          samples[i]!.get(scenario)!.push(ms);
        }
      }
      log(`  round ${round + 1} of ${runs} done (load ${load()})`);
    }
    const over = network ? `, network ${networkName}` : '';
    console.log(
      `First national view, median of ${runs} rounds (load ${loadBefore} -> ${load()}${over}):`,
    );
    servers.forEach(({ name }, i) => {
      const of = (s: BrowserScenario) => samples[i]!.get(s)!;
      const ratio = (s: BrowserScenario) =>
        median(of(s).map((ms, round) => ms / of('singleNational')[round]!)).toFixed(2);
      const ms = (s: BrowserScenario) => Math.round(median(of(s)));
      console.log(
        `  ${name}: single ${ms('singleNational')} ms, mesh ${ms('meshNational')} ms (${ratio('meshNational')}x), default / ${ms('defaultNational')} ms (${ratio('defaultNational')}x)`,
      );
    });
    return 0;
  } finally {
    await browser.close();
    for (const { server } of servers) server.close();
  }
}

process.exitCode = await main();
