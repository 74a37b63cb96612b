import path from 'node:path';
import type { Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

function map(page: Page) {
  return page.getByRole('group', { name: /by system,/ });
}

test('the map shows one area per system in each geography vintage', async ({ page }, testInfo) => {
  await page.goto('/?period=2025-Q4');
  await expect(map(page)).toBeVisible();
  await expect(map(page).getByRole('link')).toHaveCount(42);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-map-2025-Q4`);
  await page.getByRole('tab', { name: 'Table' }).first().click();
  await expect(page).toHaveURL(/tables=readiness-map/);
  await expect(
    page.getByRole('table', { name: /^Readiness by system: 42 systems/ }).getByRole('rowheader'),
  ).toHaveCount(42);

  await page.goto('/?period=2026-Q3&tables=readiness-map');
  await expect(
    page.getByRole('table', { name: /^Readiness by system: 36 systems/ }).getByRole('rowheader'),
  ).toHaveCount(36);
  await page.getByRole('tab', { name: 'Chart' }).first().click();
  await expect(map(page).getByRole('link')).toHaveCount(36);
  // Frimley was split in April 2026; Thames Valley took most of its people and draws its hex.
  await expect(
    map(page).getByRole('link', { name: /^Thames Valley: readiness \d+ of 100/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-map-2026-Q3`);
});

test('keyboard only: reach the map, move between areas, and open a profile', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'Keyboard journey checked at desktop width');
  await page.goto('/');
  await expect(map(page)).toBeVisible();
  const first = map(page).locator('[tabindex="0"]');
  await expect(first).toHaveCount(1);
  // Tab from the colour choice lands on the map's one tab stop.
  await page.getByRole('radio', { name: 'Score' }).focus();
  for (let i = 0; i < 5 && !(await first.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  const start = await first.getAttribute('aria-label');
  await page.keyboard.press('ArrowDown');
  const moved = page.locator(':focus');
  await expect(moved).not.toHaveAttribute('aria-label', start ?? '');
  const name = (await moved.getAttribute('aria-label'))?.split(':')[0] ?? '';
  await expect(page.getByRole('tooltip').or(page.locator('.app-hex-tooltip'))).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/systems\/E54/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.split(' ')[0] ?? '');
});

test('period, metric and view live in the URL and reopen from it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Quarter', { exact: true }).selectOption('2025-Q2');
  await page.getByLabel('Show').selectOption({ label: 'Booking and Referral Standard (BaRS)' });
  await page.getByRole('radio', { name: 'Compared with England' }).click();
  await expect(page.getByRole('radio', { name: 'Compared with England' })).toBeChecked();
  await expect(page).toHaveURL(/period=2025-Q2/);
  await expect(page).toHaveURL(/metric=standard%3Abars/);
  await expect(page).toHaveURL(/view=compare/);
  await page.goto(page.url());
  await expect(
    page.getByRole('group', {
      name: /^Booking and Referral Standard \(BaRS\) score by system, April to June 2025/,
    }),
  ).toBeVisible();
  await expect(page.getByText('Lower than England').first()).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Compared with England' })).toBeChecked();
});

test('the geographic map draws real boundaries when installed, and is not offered when not', async ({
  page,
  consoleErrors,
}) => {
  const fixture = path.resolve('src/testing/fixtures/boundaries/three-areas.topo.json');
  await page.route('**/geo/boundaries/icb23.topo.json', (route) =>
    route.fulfill({ path: fixture }),
  );
  await page.goto('/');
  await page.getByRole('checkbox', { name: /Geographic map/ }).click();
  await expect(page.getByRole('checkbox', { name: /Geographic map/ })).toBeChecked();
  await expect(page).toHaveURL(/map=geo/);
  const geographic = page.getByRole('img', { name: /on the real boundaries/ });
  await expect(geographic).toBeVisible();
  await expect(geographic.locator('path')).toHaveCount(3);
  expect(await axeViolations(page)).toEqual([]);

  await page.unrouteAll();
  await page.route('**/geo/boundaries/icb23.topo.json', (route) => route.fulfill({ status: 404 }));
  await page.reload();
  // No file, no choice: the hex map stands, and the reader is never told to run a command.
  await expect(map(page)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Geographic map/ })).toHaveCount(0);
  await expect(page.getByText(/npm /)).toHaveCount(0);
  // The browser itself logs the planted 404; nothing else may be logged.
  const unexpected = consoleErrors.filter((text) => !/Failed to load resource.*404/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...unexpected);
});
