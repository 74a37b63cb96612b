/**
 * The big-feed page load (issue 18): a production build in headless Chromium opens a ~60 MB feed
 * by `?feed=` and draws the national map. The Long Tasks API reports every main-thread task over
 * 50 ms from navigation start until the map has drawn and the page has been quiet for a moment,
 * so the figures say how long the page could not answer a click or a key.
 */
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { findChromium } from './bench-browser';
import { busyStretches } from './big-feed-profile';
import type { BusyStretch, CpuProfile } from './big-feed-profile';

export interface BigLoad {
  /** From navigation start to the national map's first system link. */
  mapMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** The sum of the long tasks' durations. */
  blockedMs: number;
  /** Each distinct text the page's status regions showed while loading, in order. */
  progress: string[];
  /** Each task over 50 ms: when it started (ms from navigation) and how long it took. */
  tasks: { startMs: number; durationMs: number }[];
}

/** Registered before any page script runs. Runs in the browser: no imports, only the DOM. */
function observe(): void {
  const state = window as unknown as { __tasks: [number, number][]; __progress: string[] };
  state.__tasks = [];
  state.__progress = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.__tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Passed inline: a named function here is wrapped by tsx in a helper the page does not have,
  // which stopped this script before it watched anything.
  new MutationObserver(() => {
    for (const region of document.querySelectorAll('[role="status"], [aria-live], .app-loading')) {
      const text = (region.textContent ?? '').trim();
      if (text && state.__progress.at(-1) !== text && !state.__progress.includes(text)) {
        state.__progress.push(text);
      }
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
}

function mapDrawn(): number | false {
  const maps = [...document.querySelectorAll('svg[role="group"]')];
  const national = maps.find((svg) =>
    svg.querySelector('title')?.textContent?.includes(' by system'),
  );
  return national?.querySelector('[role="link"]') ? performance.now() : false;
}

async function collect(page: Page): Promise<{ tasks: [number, number][]; progress: string[] }> {
  return page.evaluate(() => {
    const state = window as unknown as { __tasks: [number, number][]; __progress: string[] };
    return { tasks: [...state.__tasks], progress: [...state.__progress] };
  });
}

async function loadOnce(
  browser: Browser,
  url: string,
  settleMs: number,
  profilePath?: string,
): Promise<BigLoad & { stretches: BusyStretch[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    const cdp = profilePath ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    const handle = await page.waitForFunction(mapDrawn, undefined, {
      polling: 'raf',
      timeout: 180_000,
    });
    const mapMs = (await handle.jsonValue()) as number;
    // Work that follows the first draw (tables below the map, rank intervals) counts too.
    await page.waitForTimeout(settleMs);
    const { tasks: timed, progress } = await collect(page);
    const tasks = timed.map(([, duration]) => duration);
    let stretches: BusyStretch[] = [];
    if (cdp && profilePath) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(profilePath, JSON.stringify(profile));
      stretches = busyStretches(profile);
    }
    return {
      stretches,
      mapMs,
      longestTaskMs: Math.max(0, ...tasks),
      longTasks: tasks.length,
      blockedMs: tasks.reduce((sum, task) => sum + task, 0),
      progress,
      tasks: timed.map(([startMs, durationMs]) => ({ startMs, durationMs })),
    };
  } finally {
    await context.close();
  }
}

export async function benchBigFeedLoad(
  url: string,
  runs: number,
  log: (line: string) => void,
  profilePath?: string,
): Promise<
  { ok: true; loads: BigLoad[]; stretches: BusyStretch[] } | { ok: false; reason: string }
> {
  const found = findChromium();
  if (!found.ok) return found;
  const browser = await chromium.launch(found.path ? { executablePath: found.path } : {});
  try {
    const loads: BigLoad[] = [];
    let stretches: BusyStretch[] = [];
    for (let run = 1; run <= runs; run++) {
      // Only the first load is profiled: the profiler's own cost would colour every figure.
      const { stretches: found, ...figures } = await loadOnce(
        browser,
        url,
        3_000,
        run === 1 ? profilePath : undefined,
      );
      if (run === 1) stretches = found;
      loads.push(figures);
      log(`  big-feed load ${run} of ${runs} done`);
    }
    return { ok: true, loads, stretches };
  } finally {
    await browser.close();
  }
}
