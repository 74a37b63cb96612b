import type { Locator, Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

/** Opens a frame's "Embed this chart" and returns the snippet and the iframe's address in it. */
async function embedSnippet(frame: Locator): Promise<{ snippet: string; src: string }> {
  // The finished page's snippet: while a mesh loads, the frame may be another one for a moment (a
  // measure's map follows the products that publish it), and a panel opened in it goes with it.
  await expect(frame).toBeVisible();
  await expect(frame.page().getByText(/^Loading data:/)).toHaveCount(0);
  await frame.getByRole('button', { name: 'Embed this chart' }).click();
  const snippet = await frame
    .getByRole('textbox', { name: /HTML to show this chart/ })
    .inputValue();
  const src = /src="([^"]+)"/.exec(snippet)?.[1]?.replaceAll('&amp;', '&');
  expect(src, snippet).toBeTruthy();
  return { snippet, src: src! };
}

/** What a reader can compare between a frame and its embed: title, subtitle and summary. */
interface FrameWords {
  title: string;
  subtitle: string;
  summary: string;
}

/**
 * The embed's words once every data product has arrived: while a mesh loads, a page draws the
 * figures so far (and says so), so words read earlier could differ from the finished page's.
 */
async function embedWords(page: Page, frame: Locator): Promise<FrameWords> {
  await expect(frame).toBeVisible();
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0);
  return {
    title: await frame.getByRole('heading').first().innerText(),
    subtitle: await frame.locator('.app-frame__subtitle').innerText(),
    summary: await frame.locator('.app-frame__summary').innerText(),
  };
}

/** The full page's frame says the same once its data has all arrived (assertions retry). */
async function expectSameWords(frame: Locator, words: FrameWords) {
  await expect(frame.getByRole('heading').first()).toHaveText(words.title);
  await expect(frame.locator('.app-frame__subtitle')).toHaveText(words.subtitle);
  await expect(frame.locator('.app-frame__summary')).toHaveText(words.summary);
}

/** Follows the embed's back link in this tab and checks it lands on `path` with `search`. */
async function followBackLink(page: Page, path: string, search: string) {
  const back = page.getByRole('link', { name: 'View on the Interoperability readiness dashboard' });
  await expect(back).toHaveAttribute('target', '_top');
  await back.click();
  await expect(page).toHaveURL(new URL(`${path}${search}`, page.url()).href);
}

test('the national map embed draws the same map, key and hexes as its frame', async ({
  page,
}, testInfo) => {
  await page.goto('/?period=2025-Q4&metric=standard%3Abars&view=compare');
  const mapFrame = (on: Page) => on.getByRole('region', { name: /score by system$/ });
  const { src } = await embedSnippet(mapFrame(page));
  const url = new URL(src);
  expect(url.pathname).toBe('/embed/map');
  expect(url.search).toBe('?period=2025-Q4&metric=standard%3Abars&view=compare');

  await page.goto(src);
  const words = await embedWords(page, mapFrame(page));
  const legend = (await mapFrame(page).locator('.app-map-legend').textContent()) ?? '';
  const hex = mapFrame(page).getByRole('link', { name: /^Derby and Derbyshire:/ });
  const hexName = (await hex.getAttribute('aria-label')) ?? '';
  expect(hexName).toMatch(/^Derby and Derbyshire: .*\d/);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download' })).toHaveCount(0);
  await expect(page.getByText('Illustrative data', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Data of \d+ \w+ \d{4}$/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-embed-map`);

  await followBackLink(page, '/', url.search);
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  await expect(page.getByLabel('Quarter', { exact: true })).toHaveValue('2025-Q4');
  await expectSameWords(mapFrame(page), words);
  await expect(mapFrame(page).locator('.app-map-legend')).toHaveText(legend);
  await expect(
    mapFrame(page).getByRole('link', { name: /^Derby and Derbyshire:/ }),
  ).toHaveAttribute('aria-label', hexName);
});

test('a profile trend embed matches its frame, shows its table and leads back', async ({
  page,
}) => {
  await page.goto('/systems/E54000034?period=2026-Q1&peers=');
  const trend = page.getByRole('region', { name: 'Readiness over time' });
  const { src } = await embedSnippet(trend);
  const url = new URL(src);
  expect(url.pathname).toBe('/embed/systems/E54000034/trend');
  expect(url.search).toBe('?period=2026-Q1&peers=');

  await page.goto(src);
  const words = await embedWords(page, trend);
  await trend.getByRole('tab', { name: 'Table' }).click();
  await expect(trend.getByRole('table')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await followBackLink(page, '/systems/E54000034', '?period=2026-Q1&peers=&tables=profile-trend');
  await expect(trend.getByRole('table')).toBeVisible();
  await expectSameWords(trend, words);
});

test('a standard adoption embed matches its frame and passes axe', async ({ page }) => {
  await page.goto('/standards/bars?period=2026-Q1');
  const adoption = page.getByRole('region', { name: 'Adoption over time' });
  const { src } = await embedSnippet(adoption);
  expect(new URL(src).pathname).toBe('/embed/standards/bars/adoption');

  await page.goto(src);
  const words = await embedWords(page, adoption);
  expect(await axeViolations(page)).toEqual([]);
  await followBackLink(page, '/standards/bars', '?period=2026-Q1');
  await expectSameWords(adoption, words);
});

test('the snippet renders inside an iframe on another page, and Copy says Copied', async ({
  page,
  context,
  isMobile,
}) => {
  test.skip(isMobile, 'Clipboard checked at desktop width');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/standards/bars?period=2026-Q1');
  const frame = page.getByRole('region', { name: 'Adoption over time' });
  const { snippet } = await embedSnippet(frame);
  await frame.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(frame.getByText('Copied', { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  await page.setContent(`<!doctype html><title>Host</title><h1>A host page</h1>${snippet}`);
  const inside = page.frameLocator('iframe[title="Adoption over time"]');
  await expect(inside.getByRole('region', { name: 'Adoption over time' })).toBeVisible();
  await expect(
    inside.getByRole('link', { name: 'View on the Interoperability readiness dashboard' }),
  ).toBeVisible();
});

test('keyboard only: the embed page reaches its table tab and the back link', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'Keyboard journey checked at desktop width');
  await page.goto('/embed/standards/bars/adoption?period=2026-Q1');
  await expect(page.getByRole('region', { name: 'Adoption over time' })).toBeVisible();
  const reached: string[] = [];
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    if (reached.at(-1) === 'View on the Interoperability readiness dashboard') break;
  }
  expect(reached).toContain('Chart');
  expect(reached.at(-1)).toBe('View on the Interoperability readiness dashboard');
  await page.keyboard.press('Shift+Tab');
  while ((await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'tab')
    await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('table')).toBeVisible();
});

test('in an iframe, opening a hex takes the whole window to that profile', async ({ page }) => {
  await page.goto('/?period=2026-Q3');
  const { snippet } = await embedSnippet(page.getByRole('region', { name: /by system$/ }));
  await page.setContent(`<!doctype html><title>Host</title><h1>A host page</h1>${snippet}`);
  const inside = page.frameLocator('iframe');
  await inside.getByRole('link', { name: /^Thames Valley: readiness/ }).click();
  await expect(page).toHaveURL(/\/systems\/[A-Z0-9]+\?period=2026-Q3$/);
  await expect(page.getByRole('banner')).toContainText('Interoperability readiness');
});

test('an embed says when the data cannot be loaded, and when there is nothing to show', async ({
  page,
  consoleErrors,
}) => {
  test.slow(); // a failed load is retried (1 s, 2 s, 4 s) before the error shows
  await page.route('**/data/mesh/catalogue.json', (route) =>
    route.fulfill({ status: 500, body: 'down' }),
  );
  await page.goto('/embed/map');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The data could not be loaded' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  await page.goto('/embed/systems/NOT-A-SYSTEM/trend');
  await expect(page.getByRole('heading', { level: 1, name: 'System not found' })).toBeVisible();
  await page.goto('/embed/standards/not-a-standard/adoption');
  await expect(page.getByRole('heading', { level: 1, name: 'Standard not found' })).toBeVisible();
  // The browser logs each failed download; that is the fault under test, not a page error.
  const unexpected = consoleErrors.filter((text) => !/status of 500|Failed to load/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});

test('the divides dispersion embed matches its frame and passes axe', async ({ page }) => {
  await page.goto('/divides?metric=category%3Aidentity&period=2026-Q2');
  const dispersion = page.getByRole('region', { name: 'How far apart systems are, over time' });
  const { src } = await embedSnippet(dispersion);
  const url = new URL(src);
  expect(url.pathname).toBe('/embed/divides/dispersion');
  expect(url.search).toBe('?period=2026-Q2&metric=category%3Aidentity');

  await page.goto(src);
  const words = await embedWords(page, dispersion);
  expect(await axeViolations(page)).toEqual([]);
  await followBackLink(page, '/divides', url.search);
  await expect(page.getByRole('heading', { level: 1, name: 'Digital divides' })).toBeVisible();
  await expectSameWords(dispersion, words);
});

/**
 * The frame's table, as a reader sees it on its Table tab, once every data product is in. A page
 * keeps the last partial view on screen until the whole mesh's scores are ready (it is deferred),
 * after the loading message has gone, so the table is read once it has stopped changing.
 */
async function frameTable(page: Page, frame: Locator): Promise<string> {
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0);
  await frame.getByRole('tab', { name: 'Table' }).click();
  const table = frame.getByRole('table').first();
  await expect(table).toBeVisible();
  let last = '';
  let steady = 0;
  await expect
    .poll(
      async () => {
        const now = await table.innerText();
        steady = now === last ? steady + 1 : 0;
        last = now;
        return steady;
      },
      { intervals: [1_000], timeout: 60_000 },
    )
    .toBeGreaterThanOrEqual(2);
  return last;
}

const NHS_APP = 'nhs-app-users-per-1000-illustrative';

// Frames embedded since every chart frame offered "Embed this chart": the snippet on the page
// opens an embed whose table is the frame's table for the same view, and the embed passes axe.
for (const sample of [
  {
    page: `/say-and-do?period=2026-Q2`,
    frame: /what systems say and what they do$/,
    embed: `/embed/say-and-do/${NHS_APP}`,
    search: '?period=2026-Q2',
  },
  {
    page: '/compare?systems=E54000008%2CE54000050%2CE54000027&period=2026-Q1',
    frame: 'Readiness over time',
    embed: '/embed/compare/trend',
    search: '?period=2026-Q1&systems=E54000008%2CE54000050%2CE54000027',
  },
  {
    page: '/divides?period=2025-Q4&metric=category%3Aidentity',
    frame: 'Cross-border interoperability',
    embed: '/embed/divides/borders',
    search: '?period=2025-Q4',
  },
  {
    page: '/systems/E54000008?spine=gap-england&peers=',
    frame: 'Every standard against the national range',
    embed: '/embed/systems/E54000008/spine',
    search: '?peers=&spine=gap-england',
  },
  {
    page: `/?metric=measure%3A${NHS_APP}`,
    frame: /by system$/,
    embed: '/embed/map',
    search: `?metric=measure%3A${NHS_APP}`,
  },
]) {
  test(`the ${sample.embed} embed shows its frame's table and passes axe`, async ({ page }) => {
    await page.goto(sample.page);
    const frame = page.getByRole('region', { name: sample.frame }).first();
    const { src } = await embedSnippet(frame);
    const url = new URL(src);
    expect(url.pathname).toBe(sample.embed);
    expect(url.search).toBe(sample.search);
    await page.reload();
    const onPage = await frameTable(page, frame);

    await page.goto(src);
    const embedded = page.getByRole('region', { name: sample.frame }).first();
    expect(await frameTable(page, embedded)).toBe(onPage);
    await expect(page.getByRole('banner')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a hex opened in an embed drawn from another feed keeps that feed', async ({ page }) => {
  await page.goto(`/embed/map?period=2026-Q3&feed=${encodeURIComponent('/data/feed.json')}`);
  const map = page.getByRole('region', { name: /by system$/ });
  // The address opened is read from the navigation request: the page opened takes `feed=` out of
  // its address bar once it has chosen that feed, so polling the address can miss it (a CI run on
  // a phone read the address only after it had gone).
  const opened = page.waitForRequest(
    (request) => request.isNavigationRequest() && request.url().includes('/systems/'),
  );
  await map.getByRole('link', { name: /^Thames Valley: readiness/ }).click();
  expect((await opened).url()).toMatch(/\/systems\/[A-Z0-9]+\?period=2026-Q3&feed=.*feed\.json/);
  await expect(page.getByRole('banner')).toContainText('Interoperability readiness');
  await expect(page.getByRole('region', { name: 'Data source' })).toContainText(
    /You are looking at data from \S+\/data\/feed\.json/,
  );
});
