import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/test';

/**
 * A URL feed is fetched by the feed worker, so a big feed's bytes never pass through the page's
 * thread (issue 18 item 6, docs/architecture.md "A URL feed is fetched in the feed worker"). A
 * worker's requests are in its own resource timeline, not the page's, which tells who fetched.
 */
const FEED = '/data/feed.json';
const CATALOGUE = '/data/mesh/catalogue.json';

/** The addresses the page's own thread fetched (or took over from index.html's inline script). */
function fetchedByPage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
}

test('a feed on this site is fetched by the feed worker, not by the page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/?feed=${FEED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByRole('link', { name: /readiness/ }).first()).toBeVisible();
  // Fetched once, by the worker: the inline script no longer starts it on the page.
  expect(requested.filter((path) => path === FEED)).toHaveLength(1);
  expect(await fetchedByPage(page)).not.toContain(FEED);
});

test('the default catalogue is still started early and read by the page (issue 13)', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  expect(await fetchedByPage(page)).toContain(CATALOGUE);
});

test('Stop ends a feed download running in the worker, with Retry', async ({
  page,
  consoleErrors,
}) => {
  const held: Route[] = [];
  // By path: a glob would also match the page's own address, `/?feed=/data/feed.json`.
  await page.route(
    (url) => url.pathname === FEED,
    (route) => {
      held.push(route); // never answered
    },
  );
  await page.goto(`/?feed=${FEED}`);
  await expect(page.getByRole('status').filter({ hasText: 'Loading data…' })).toBeVisible();
  await expect.poll(() => held.length).toBe(1);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The data could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByText('You stopped loading during attempt 1 of 4.')).toBeVisible();

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  const unexpected = consoleErrors.filter((text) => !/Failed to load resource.*404/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
