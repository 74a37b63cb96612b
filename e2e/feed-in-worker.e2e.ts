import { readFileSync } from 'node:fs';
import type { Page, Request, Route } from '@playwright/test';
import { expect, test } from './support/test';

/**
 * A big URL feed is fetched by the feed worker, so its bytes never pass through the page's thread
 * (issue 18 item 6, docs/architecture.md "A URL feed is fetched in the feed worker"). index.html's
 * inline script still starts a same-site feed at once; the page reads it when its headers declare
 * a small body, and drops it for the worker otherwise. A worker's requests are in its own resource
 * timeline, not the page's, and name the worker's script as their referrer, which tells who fetched.
 */
const FEED = '/data/feed.json';
const BIG = '/data/big-feed.json';
const CATALOGUE = '/data/mesh/catalogue.json';

/** The bundled feed padded with trailing white space to 9 MB: still valid, over the page's 8 MB. */
const BIG_BODY = (() => {
  const text = readFileSync('public/data/feed.json', 'utf8');
  return text + ' '.repeat(9 * 1024 * 1024 - Buffer.byteLength(text));
})();

/** The addresses the page's own thread fetched (or took over from index.html's inline script). */
function fetchedByPage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
}

const byWorker = (request: Request) => /worker[^/]*\.js$/.test(request.headers()['referer'] ?? '');

test('a big feed on this site is fetched by the feed worker, not read by the page', async ({
  page,
}) => {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === BIG) requests.push(request);
  });
  await page.route(
    (url) => url.pathname === BIG,
    (route) => route.fulfill({ contentType: 'application/json', body: BIG_BODY }),
  );
  await page.goto(`/?feed=${BIG}`);
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  // The inline script started it; once its headers said 9 MB the page dropped it for the worker.
  expect(requests.filter(byWorker)).toHaveLength(1);
  expect(requests.filter((request) => !byWorker(request))).toHaveLength(1);
});

test('a small feed on this site is read by the page from its early request', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // As a static host (and `npm start`) sends it: with its size declared. `vite preview`, which the
  // tests serve from, compresses as it sends and declares none.
  const body = readFileSync('public/data/feed.json');
  await page.route(
    (url) => url.pathname === FEED,
    (route) => route.fulfill({ contentType: 'application/json', body }),
  );
  await page.goto(`/?feed=${FEED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  expect(requested.filter((path) => path === FEED)).toHaveLength(1);
  expect(await fetchedByPage(page)).toContain(FEED);
});

test('a feed whose size is not declared is left to the feed worker', async ({ page }) => {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === FEED) requests.push(request);
  });
  await page.goto(`/?feed=${FEED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  expect(requests.filter(byWorker)).toHaveLength(1);
});

test('the default catalogue is still started early and read by the page (issue 13)', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  expect(await fetchedByPage(page)).toContain(CATALOGUE);
  // Once: `vite preview` declares no size, yet the page does not drop it for the worker.
  expect(requested.filter((path) => path === CATALOGUE)).toHaveLength(1);
});

test('Stop ends a feed download running in the worker, with Retry', async ({
  page,
  consoleErrors,
}) => {
  const held: Route[] = [];
  // The page's early request is answered (9 MB, so dropped); the worker's is never answered.
  await page.route(
    (url) => url.pathname === BIG,
    (route) => {
      if (byWorker(route.request())) held.push(route);
      else void route.fulfill({ contentType: 'application/json', body: BIG_BODY });
    },
  );
  await page.goto(`/?feed=${BIG}`);
  await expect(page.getByRole('status').filter({ hasText: 'Loading data…' })).toBeVisible();
  await expect.poll(() => held.length).toBe(1);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The data could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText('You stopped loading during attempt 1 of 4.')).toBeVisible();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route(
    (url) => url.pathname === BIG,
    (route) => route.fulfill({ contentType: 'application/json', body: BIG_BODY }),
  );
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  const unexpected = consoleErrors.filter((text) => !/Failed to load resource.*404/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
