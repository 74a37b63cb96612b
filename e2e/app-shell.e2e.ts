import type { Page } from '@playwright/test';
import { holdBack } from './support/hold-back';
import { axeViolations, expect, test } from './support/test';

/*
 * The built index.html carries the layout's static parts (scripts/prerender/), so a phone paints
 * the header, menu, main region and footer before the app's code has arrived.
 */

/** Answers every script with an empty one: the page as it is before the app's code runs. */
async function withoutAppScripts(page: Page) {
  await page.route('**/*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
}

test('the built page has the header, menu, main region and footer before the app runs', async ({
  page,
}) => {
  await withoutAppScripts(page);
  await page.goto('/standards');
  await expect(page.getByRole('banner')).toHaveCount(1);
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Standards' })).toHaveAttribute('href', '/standards');
  // One HTML file serves every route, so no menu item is marked as the current page.
  await expect(menu.locator('[aria-current]')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('Loading the dashboard…');
  await expect(page.getByRole('contentinfo').getByRole('link')).toHaveCount(5);
  // The search and the page tools need the app: they keep their place but are not offered.
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the skip link works in the built page alone', async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the app replaces the built shell with its own: one header, one main, one footer', async ({
  page,
}) => {
  await page.goto('/standards');
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Standards' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Loading the dashboard…')).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says it needs JavaScript where the content would be', async ({ page }) => {
    await page.goto('/');
    // Playwright's text queries skip <noscript>; innerText is what the reader sees.
    const seen = await page
      .getByRole('main')
      .evaluate((main) => (main as HTMLElement).innerText.trim());
    expect(seen).toMatch(/^This dashboard needs JavaScript\. .*\/data\/feed\.json\.$/s);
    // A loading message that would never end is not shown.
    expect(seen).not.toContain('Loading');
    await expect(page.getByRole('banner')).toBeVisible();
    // No axe here: it runs as a script in the page. The first test checks the same markup.
  });
});

test('the data is downloaded once: the shell does not restart the load', async ({ page }) => {
  const catalogue: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/data/mesh/catalogue.json')
      catalogue.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
  // The shell's header and footer once observed the feed's query; unmounted mid-load, they
  // cancelled it and the layout downloaded the whole mesh again.
  expect(catalogue).toHaveLength(1);
});

test('a reader tabbing through the built page keeps their place when the app takes over', async ({
  page,
}) => {
  // The app's scripts are held back until the reader has tabbed to a menu link in the built page.
  const release = await holdBack(page, '**/*.js');
  // Module scripts hold back DOMContentLoaded, so the test waits for the built markup instead.
  await page.goto('/standards', { waitUntil: 'commit' });
  const menu = page.getByRole('navigation', { name: 'Menu' });
  const compare = menu.getByRole('link', { name: 'Compare' });
  await expect(compare).toBeVisible();
  for (let press = 0; press < 12; press += 1) {
    await page.keyboard.press('Tab');
    if (await compare.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(compare).toBeFocused();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeVisible();
  // The same link, now the app's, still has focus, and the next Tab goes on from it.
  await expect(compare).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Standards' })).toBeFocused();
});

test('a menu link pressed while the first page loads opens the new page', async ({ page }) => {
  // The national page's code is held back. The app draws its first frame only once the page's code
  // is in (src/app/start-app.tsx), so until then the built page stays, and its menu links are
  // ordinary links: a press loads the new page, which the app then draws.
  const release = await holdBack(page, '**/national-page-*.js');
  await page.goto('/', { waitUntil: 'commit' });
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(page.getByRole('main')).toContainText('Loading the dashboard…');
  await menu.getByRole('link', { name: 'Standards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  await expect(page).toHaveURL(/\/standards$/);
  expect(await axeViolations(page)).toEqual([]);
  release();
});
