import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './support/test';

/**
 * Offline and last good data (issue 15, docs/offline.md): the production build's service worker
 * keeps the app, the page keeps the last mesh that passed its checks, and a reader whose network
 * fails sees that data with its date, the failure and Retry, or a clear page when nothing is saved.
 */
test.use({ serviceWorkers: 'allow' });

const LAST_GOOD_CACHE = 'interop-last-good-data-v1';
const CATALOGUE = '/data/mesh/catalogue.json';

/** The first visit: the page is served, the worker controls it and the mesh has been saved. */
async function visitOnce(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(
    async ([cache, url]) => Boolean(await (await caches.open(cache!)).match(url!)),
    [LAST_GOOD_CACHE, new URL(CATALOGUE, page.url()).href],
  );
}

/** Offline, the browser logs each refused request; that is the condition under test. */
function excuseOfflineErrors(consoleErrors: string[]) {
  const rest = consoleErrors.filter(
    (text) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(text),
  );
  consoleErrors.splice(0, consoleErrors.length, ...rest);
}

test('offline after a first visit: the saved data with its date, the failure and Retry', async ({
  page,
  context,
  consoleErrors,
}) => {
  test.slow(); // the worker precaches the whole build on the first visit
  await visitOnce(page);
  await context.setOffline(true);
  await page.reload();

  const banner = page.getByRole('region', {
    name: /^Important: Showing data saved on \d+ \w+ \d{4} at \d{2}:\d{2}$/,
  });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('The latest data could not be loaded');
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Another page opens offline too: the worker answers with the app shell.
  await page.goto('/systems');
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toBeVisible();
  await expect(banner).toBeVisible();

  // Back online, Retry fetches the data again and the banner goes.
  await context.setOffline(false);
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
  excuseOfflineErrors(consoleErrors);
});

test('offline with nothing saved: a clear page that says so, with Retry', async ({
  page,
  context,
  consoleErrors,
}) => {
  test.slow(); // the feed's own retries (1 s, 2 s, 4 s) come first
  await visitOnce(page);
  await page.evaluate((cache) => caches.delete(cache), LAST_GOOD_CACHE);
  await context.setOffline(true);
  await page.reload();

  await expect(
    page.getByRole('heading', { level: 1, name: 'The data could not be loaded' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/No copy of this data is saved on this device yet/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  excuseOfflineErrors(consoleErrors);
});

test('a large single feed, read and saved by the feed worker, is shown offline with its date', async ({
  page,
  context,
  consoleErrors,
}) => {
  test.slow(); // the worker precaches the whole build on the first visit
  // The 2.2 MB feed is over the size read on the page: its bytes go to the feed worker, which
  // saves the copy once the feed has passed its contract (issue 18 item 6).
  const FEED = '/data/feed.json';
  await page.goto(`/?feed=${FEED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const feedUrl = new URL(FEED, page.url()).href;
  await page.waitForFunction(
    async ([cache, url]) => Boolean(await (await caches.open(cache!)).match(url!)),
    [LAST_GOOD_CACHE, feedUrl],
  );
  // The bytes as they came, not a decoded text: the same length as the file served.
  const savedBytes = await page.evaluate(
    async ([cache, url]) =>
      (await (await caches.open(cache!)).match(url!))?.arrayBuffer().then((b) => b.byteLength),
    [LAST_GOOD_CACHE, feedUrl],
  );
  expect(savedBytes).toBe((await (await page.request.get(FEED)).body()).length);

  await context.setOffline(true);
  await page.reload();
  const banner = page.getByRole('region', {
    name: /^Important: Showing data saved on \d+ \w+ \d{4} at \d{2}:\d{2}$/,
  });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  excuseOfflineErrors(consoleErrors);
});
