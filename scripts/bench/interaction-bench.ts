/**
 * Interaction long tasks (issue 15) in headless Chromium at a phone's size (412 x 823, as
 * Lighthouse's mobile preset), on the default data (the bundled mesh): change the quarter and the
 * metric on `/` and a category weight on `/methodology`, each several times. For each change a
 * Long Tasks observer (not buffered, started once the page has loaded and gone quiet) collects
 * every main-thread task over 50 ms until the page has been quiet for a second. Run at this
 * machine's speed and with the CPU slowed 4x (Lighthouse's mobile preset, for a mid-range phone)
 * from the moment the page has loaded. The machine is shared: give the load average with figures.
 */
import { chromium } from '@playwright/test';
import type { Browser, ElementHandle, Locator, Page } from '@playwright/test';
import { findChromium } from './bench-browser';
import { picksAfter, summariseInteraction } from './interaction-report';
import type { InteractionFigures, InteractionSample } from './interaction-report';

const QUIET_MS = 1000;
const VIEWPORT = { width: 412, height: 823 };

type Tracked = Window & { __tasks: number[]; __last: number; __observer?: PerformanceObserver };

/** Runs in the browser: start collecting long tasks from now on. */
function startObserving(): void {
  const state = window as unknown as Tracked;
  state.__observer?.disconnect();
  state.__tasks = [];
  state.__last = performance.now();
  state.__observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.__tasks.push(entry.duration);
      state.__last = Math.max(state.__last, entry.startTime + entry.duration);
    }
  });
  state.__observer.observe({ type: 'longtask', buffered: false });
}

/** Runs in the browser: true once no long task has ended for `quietMs`. */
function isQuiet(quietMs: number): boolean {
  const state = window as unknown as Tracked;
  return performance.now() - state.__last > quietMs;
}

function stopObserving(): number[] {
  const state = window as unknown as Tracked;
  state.__observer?.disconnect();
  return [...state.__tasks];
}

async function waitQuiet(page: Page) {
  await page.waitForFunction(isQuiet, QUIET_MS, { polling: 100, timeout: 60_000 });
}

/** The long tasks one change caused, from the change until the page is quiet. */
async function measure(page: Page, change: () => Promise<void>): Promise<InteractionSample> {
  await page.evaluate(startObserving);
  await change();
  await waitQuiet(page);
  return page.evaluate(stopObserving);
}

/** The national map has its systems, then nothing long has run for a while (the mesh loaded). */
async function loadQuiet(page: Page, url: string, ready: Locator) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await ready.first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  await page.evaluate(startObserving);
  await waitQuiet(page);
  await page.evaluate(stopObserving);
}

async function optionValues(select: Locator): Promise<string[]> {
  return select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
}

/**
 * The control, found before the change is measured: a locator looks its element up again (by its
 * label, over the whole page) inside the action, and on /methodology that lookup was itself a task
 * over 50 ms at the phone rate, counted as the page's.
 */
function found(locator: Locator): Promise<ElementHandle<HTMLElement | SVGElement>> {
  return locator.elementHandle();
}

type Loaded = () => Promise<unknown>;

async function benchNational(page: Page, base: string, rounds: number, loaded: Loaded) {
  await loadQuiet(page, `${base}/`, page.locator('svg[role="group"] [role="link"]'));
  await loaded();
  const quarter = page.getByLabel('Quarter', { exact: true }).first();
  // Back from the latest quarter, one at a time, as a reader pressing Previous would.
  const quarters = (await optionValues(quarter)).reverse();
  const quarterSamples: InteractionSample[] = [];
  for (const value of picksAfter(quarters, await quarter.inputValue(), rounds)) {
    const box = await found(quarter);
    quarterSamples.push(await measure(page, () => box.selectOption(value).then(() => {})));
  }
  const metric = page.getByLabel('Show', { exact: true }).first();
  const all = await optionValues(metric);
  const metrics = all.filter((value) => /^(category|standard):/.test(value));
  const metricSamples: InteractionSample[] = [];
  for (const value of picksAfter(metrics, await metric.inputValue(), rounds)) {
    const box = await found(metric);
    metricSamples.push(await measure(page, () => box.selectOption(value).then(() => {})));
  }
  return { quarterSamples, metricSamples };
}

async function benchWeights(page: Page, base: string, rounds: number, loaded: Loaded) {
  const weight = page.getByLabel(/^Weight of /).first();
  await loadQuiet(page, `${base}/methodology`, weight);
  await loaded();
  const published = await weight.inputValue();
  // Weights 1, 2, 3 ... (skipping the published one): each change is a weighting not yet scored.
  const values = Array.from({ length: rounds + 1 }, (_, i) => String(i + 1));
  const samples: InteractionSample[] = [];
  for (const value of picksAfter(values, published, rounds)) {
    // The box's text selected beforehand, so the change is one key press, as a reader types it.
    const box = await found(weight);
    await box.focus();
    await box.selectText();
    samples.push(await measure(page, () => page.keyboard.type(value)));
  }
  return samples;
}

export async function benchInteractions(
  base: string,
  rounds: number,
  cpuSlowdown: number,
  log: (line: string) => void,
): Promise<{ ok: true; rows: InteractionFigures[] } | { ok: false; reason: string }> {
  const found = findChromium();
  if (!found.ok) return found;
  const browser: Browser = await chromium.launch(found.path ? { executablePath: found.path } : {});
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const slow = (rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const speed = cpuSlowdown > 1 ? ` (CPU ${cpuSlowdown}x slower)` : '';
    log(`Interactions on /${speed}, ${rounds} changes each`);
    // Loading runs at full speed; only the changes are slowed (the load is Lighthouse's part).
    const national = await benchNational(page, base, rounds, () => slow(cpuSlowdown));
    await slow(1);
    log(`Interactions on /methodology${speed}, ${rounds} weight changes`);
    const weights = await benchWeights(page, base, rounds, () => slow(cpuSlowdown));
    await slow(1);
    return {
      ok: true,
      rows: [
        summariseInteraction(`quarter on /${speed}`, national.quarterSamples),
        summariseInteraction(`metric on /${speed}`, national.metricSamples),
        summariseInteraction(`weight on /methodology${speed}`, weights),
      ],
    };
  } finally {
    await browser.close();
  }
}
