/**
 * Page loads in headless Chromium against a production build: how soon the first national view
 * (the hex map with its systems) appears from the single feed and from the data mesh, and how
 * soon the status board lists every product (the mesh fully loaded). Each run is a fresh browser
 * context (an empty cache, as a first visit); the time is read in the page, from navigation start.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { median } from './timing';

export const BROWSER_SCENARIOS = {
  singleNational: { path: '/?feed=/data/feed.json', until: 'national' },
  meshNational: { path: '/?feed=/data/mesh/catalogue.json', until: 'national' },
  defaultNational: { path: '/', until: 'national' },
  meshBoard: { path: '/data/products', until: 'board' },
} as const;
export type BrowserScenario = keyof typeof BROWSER_SCENARIOS;

export type BrowserFigures =
  | {
      ok: true;
      runs: number;
      medianMs: Record<BrowserScenario, number>;
      samples: Record<BrowserScenario, number[]>;
    }
  | { ok: false; reason: string };

/** Playwright's own Chromium, else CHROMIUM_PATH, else Debian's; as playwright.config.ts finds it. */
export function findChromium(): { ok: true; path?: string } | { ok: false; reason: string } {
  if (existsSync(chromium.executablePath())) return { ok: true };
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(candidate)) return { ok: true, path: candidate };
  return {
    ok: false,
    reason: `no Chromium found (npx playwright install chromium, apt-get install chromium, or set CHROMIUM_PATH); looked at ${candidate}`,
  };
}

/**
 * Polled every frame in the page, so the time is when the condition first held, not when the
 * benchmark next asked. Runs in the browser: no imports, only the DOM.
 */
function readyAt(until: 'national' | 'board'): number | false {
  if (until === 'board') {
    const text = document.body.textContent ?? '';
    return /\d+ data products in the catalogue; \d+ loaded\./.test(text)
      ? performance.now()
      : false;
  }
  const maps = [...document.querySelectorAll('svg[role="group"]')];
  const national = maps.find((svg) =>
    svg.querySelector('title')?.textContent?.includes(' by system'),
  );
  return national?.querySelector('[role="link"]') ? performance.now() : false;
}

/**
 * A network the page is loaded over, emulated by Chromium (DevTools' network conditions: every
 * request waits `latencyMs` and the throughput is capped). Over the loopback a request costs
 * nothing but CPU, so a chain of requests made one after another costs nothing either, and a
 * bench there cannot see it; a reader's phone pays the latency once per link in the chain.
 */
export interface NetworkProfile {
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
}

/** Lighthouse's mobile preset (slow 4G) and a good 4G or home connection. */
export const NETWORKS: Record<string, NetworkProfile | null> = {
  none: null,
  'slow-4g': { latencyMs: 150, downloadKbps: 1_600, uploadKbps: 750 },
  '4g': { latencyMs: 40, downloadKbps: 10_000, uploadKbps: 5_000 },
};

export async function loadOnce(
  browser: Browser,
  url: string,
  until: 'national' | 'board',
  network: NetworkProfile | null = null,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latencyMs,
        downloadThroughput: (network.downloadKbps * 1024) / 8,
        uploadThroughput: (network.uploadKbps * 1024) / 8,
      });
    }
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction(readyAt, until, { polling: 'raf', timeout: 60_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

export async function benchBrowser(
  baseUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<BrowserFigures> {
  const found = findChromium();
  if (!found.ok) return found;
  const browser = await chromium.launch(found.path ? { executablePath: found.path } : {});
  const scenarios = Object.keys(BROWSER_SCENARIOS) as BrowserScenario[];
  const samples = Object.fromEntries(scenarios.map((s) => [s, [] as number[]])) as Record<
    BrowserScenario,
    number[]
  >;
  try {
    // One unmeasured load of the status board (every mesh file) warms the server and the browser.
    await loadOnce(browser, `${baseUrl}${BROWSER_SCENARIOS.meshBoard.path}`, 'board');
    // Round by round, so a burst of load from other work on the machine hits every scenario alike.
    for (let round = 1; round <= runs; round++) {
      for (const scenario of scenarios) {
        const { path, until } = BROWSER_SCENARIOS[scenario];
        samples[scenario].push(await loadOnce(browser, `${baseUrl}${path}`, until));
      }
      log(`  browser round ${round} of ${runs} done`);
    }
  } finally {
    await browser.close();
  }
  const medianMs = Object.fromEntries(scenarios.map((s) => [s, median(samples[s])])) as Record<
    BrowserScenario,
    number
  >;
  return { ok: true, runs, medianMs, samples };
}
