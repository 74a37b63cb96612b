import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { catalogueScenarios } from '../src/testing/msw/scenarios';
import { useMswHandlers } from './support/msw-route';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

const BROKEN_FEED = path.resolve('src/testing/fixtures/feeds/broken/mixed-good-and-bad-rows.json');

test('the default feed loads and the Data page reconciles its counts', async ({ page }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  // The mesh is drawn while it arrives: counted before the last product, the table holds part of
  // it (it reconciles, but reads 2,310 rows, not 16,505). The bar at the foot says so until then.
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0, { timeout: 30_000 });
  const counts = page.getByRole('table', { name: 'Rows per table of the feed' });
  const observations = counts.getByRole('row', { name: /^Observations/ });
  const cells = await observations.getByRole('cell').allTextContents();
  // Each cell also carries its column's name for the phone layout ("Read 16,505"): keep the digits.
  const [read = 0, accepted = -1, rejected = -1] = cells.map((cell) =>
    Number(cell.replace(/\D/g, '')),
  );
  expect(read).toBeGreaterThan(10_000);
  expect(accepted + rejected).toBe(read);
  await expect(page.getByText(/synthetic/).first()).toBeVisible();
});

test('a broken feed file shows its rejected rows and the rest of the data', async ({
  page,
}, testInfo) => {
  await page.goto('/data');
  await page.getByLabel('Load a feed file').setInputFiles(BROKEN_FEED);
  await expect(
    page.getByText(/You are looking at data from the file mixed-good-and-bad-rows.json/),
  ).toBeVisible();
  const quality = page.getByRole('table', { name: /rows? rejected.* and/ });
  await expect(quality.getByRole('row', { name: /Rejected/ }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-data-broken-file`);

  // The good rows are still shown elsewhere in the dashboard.
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Systems' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'West Hills' })).toBeVisible();

  await page.getByRole('button', { name: 'Show the published feed' }).click();
  await expect(page.getByText(/You are looking at data from/)).toHaveCount(0);
});

test('a feed from another site is loaded only after the reader confirms', async ({
  page,
}, testInfo) => {
  const { minimalFeed } = await import('../src/testing/fixtures/feeds/minimal-feed');
  await useMswHandlers(page, 'https://feeds.example.org/**', [
    http.get('https://feeds.example.org/icb/feed.json', () => HttpResponse.json(minimalFeed)),
  ]);
  await page.goto(`/systems?feed=${encodeURIComponent('https://feeds.example.org/icb/feed.json')}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Load data from another site?' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-confirm-other-origin`);

  await page.getByRole('button', { name: 'Load data from https://feeds.example.org' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toBeVisible();
  await expect(
    page.getByText('You are looking at data from https://feeds.example.org'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'East Shore' })).toBeVisible();
  await expect(page).not.toHaveURL(/feed=/);
});

for (const [scenario, message] of [
  ['serverError', 'The server answered HTTP 500'],
  ['invalidJson', 'The feed is not valid JSON'],
] as const) {
  test(`a ${scenario} response shows the error page with Retry`, async ({
    page,
    consoleErrors,
  }) => {
    test.slow(); // A 500 is retried with backoff (1 s, 2 s, 4 s) before the error shows.
    await useMswHandlers(page, '**/data/mesh/catalogue.json', [catalogueScenarios[scenario]]);
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'The data could not be loaded' }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(message)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
    const unexpected = consoleErrors.filter((text) => !/Failed to load resource.*500/.test(text));
    consoleErrors.splice(0, consoleErrors.length, ...unexpected);
  });
}
