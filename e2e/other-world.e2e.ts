/**
 * Valid feeds from elsewhere (issue 17): each is loaded as a file on the Data page, then every
 * route is visited through the menu, as a reader would. No England words unless the feed gives
 * them, "cannot be judged" where the data cannot show a finding, and axe clean.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Feed } from '../src/domain/feed/feed-schema';
import { otherWorldFeeds } from '../src/testing/fixtures/feeds/other-world/other-world-feeds';
import type { OtherWorldName } from '../src/testing/fixtures/feeds/other-world/other-world-feeds';
import { axeViolations, expect, test } from './support/test';

const sample = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as Feed;
const feeds = otherWorldFeeds(sample);

const ROUTES = [
  ['National picture', 'National picture'],
  ['Systems', 'Systems'],
  ['Compare', 'Compare systems'],
  ['Standards', 'Standards'],
  ['Divides', 'Digital divides'],
  ['Methodology', 'Methodology'],
  ['Data', 'Data'],
] as const;

/** Words that belong to the English sample only. */
const ENGLAND_WORDS = /England|English|\bICBs?\b|Census 2021|IMD 2025|April 2026|Frimley|\bONS\b/;

async function loadFeed(page: Page, name: OtherWorldName) {
  await page.goto('/data');
  await page.getByLabel('Load a feed file').setInputFiles({
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(feeds[name])),
  });
  await expect(page.getByText(`You are looking at data from the file ${name}.json`)).toBeVisible();
}

async function visit(page: Page, link: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // Let lazy sections settle before reading the page's words.
  await page.waitForLoadState('networkidle');
}

for (const name of ['health-boards', 'many-systems', 'bare'] as const) {
  test(`${name}: every route renders without England words, axe clean`, async ({ page }) => {
    test.setTimeout(240_000);
    await loadFeed(page, name);
    for (const [link, heading] of ROUTES) {
      await visit(page, link, heading);
      const words = (await page.locator('body').innerText())
        .replace(/You are looking at data from[^\n]*/g, '')
        // "in plain English" names the language of the Methodology page, not a place.
        .replace(/plain English/g, '');
      expect(words, `${link} page`).not.toMatch(ENGLAND_WORDS);
      expect(await axeViolations(page), `${link} page`).toEqual([]);
    }
  });
}

test('health-boards: the Divides findings say what cannot be judged', async ({ page }) => {
  await loadFeed(page, 'health-boards');
  await visit(page, 'Divides', 'Digital divides');
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText(
    'Connection across borders cannot be judged: the feed lists no borders between systems.',
  );
  await expect(findings).toContainText(
    'The link with deprivation cannot be judged: the feed gives no deprivation scores.',
  );
  await expect(findings).not.toContainText('No system is weakly connected');
});

test('one-quarter: nothing to play through, and no trend stated', async ({ page }) => {
  test.setTimeout(180_000);
  await loadFeed(page, 'one-quarter');
  await visit(page, 'National picture', 'National picture');
  await expect(
    page.getByText('The feed has one quarter, so there is nothing to step through.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play through the quarters' })).toHaveCount(0);
  await visit(page, 'Divides', 'Digital divides');
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('cannot be judged');
  expect(await axeViolations(page)).toEqual([]);
});
