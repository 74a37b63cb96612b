import type { Page } from '@playwright/test';
import { focusablesInHiddenSubtrees, focusedIsVisible } from './support/focus';
import { ROUTES } from './support/routes';
import { expect, test } from './support/test';

/*
 * Keyboard and focus, as a keyboard user meets them: after each action, where focus is. The
 * sample feed's quarters run from January to March 2024 to July to September 2026 (the latest).
 */

const desktopOnly = (projectName: string) =>
  test.skip(projectName !== 'desktop', 'a keyboard journey: once, on the desktop');

for (const route of ROUTES) {
  test(`${route.path} has no Tab stop hidden from assistive technology`, async ({ page }) => {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    // Charts draw after layout; give them a moment so their layers exist.
    await page.waitForTimeout(500);
    expect(await focusablesInHiddenSubtrees(page)).toEqual([]);
  });
}

/** The accessible names of the next `count` Tab stops, and whether each sits in aria-hidden. */
async function tabThrough(page: Page, count: number): Promise<string[]> {
  const hidden: string[] = [];
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press('Tab');
    const inHidden = await page.evaluate(
      () => document.activeElement?.closest('[aria-hidden="true"]')?.className ?? null,
    );
    if (inHidden !== null) hidden.push(inHidden);
  }
  return hidden;
}

test('Tab never stops inside the hidden charts of /divides', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/divides');
  await expect(page.getByRole('heading', { level: 1, name: 'Digital divides' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await tabThrough(page, 120)).toEqual([]);
});

test('Home and End move within the hex map and keep the focused hex in view', async ({
  page,
}, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/');
  const map = page.getByRole('group', { name: /by system,/ });
  const areas = map.getByRole('link');
  await areas.first().focus();
  await expect(areas.first()).toBeFocused();
  // Unhandled, End scrolled to the foot of the page and Home to its top, away from the map.
  await page.keyboard.press('End');
  const focused = map.locator(':focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('tabindex', '0');
  await expect(focused).toBeInViewport();
  const lastName = await focused.getAttribute('aria-label');
  await page.keyboard.press('Home');
  await expect(focused).toHaveCount(1);
  await expect(focused).toBeInViewport();
  expect(await focused.getAttribute('aria-label')).not.toBe(lastName);
});

/** Four presses 0, 40, 80 and 120 ms apart, quicker than the page renders a quarter. */
async function quickPresses(page: Page, key: string) {
  for (const gap of [0, 40, 80, 120]) {
    if (gap) await page.waitForTimeout(40);
    await page.keyboard.press(key);
  }
}

test('quick presses on the quarter select and Previous quarter are never dropped', async ({
  page,
}, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/');
  const quarter = page.getByRole('combobox', { name: 'Quarter' });
  await expect(quarter).toHaveValue('2026-Q3');
  await quarter.focus();
  await quickPresses(page, 'ArrowUp');
  await expect(page).toHaveURL(/period=2025-Q3/);
  await expect(quarter).toHaveValue('2025-Q3');
  await expect(quarter).toBeFocused();

  const previous = page.getByRole('button', { name: 'Previous quarter' });
  await previous.focus();
  await quickPresses(page, 'Enter');
  await expect(page).toHaveURL(/period=2024-Q3/);
  await expect(quarter).toHaveValue('2024-Q3');
  await expect(previous).toBeFocused();
});

test('Remove peer and Add peer keep focus in the peer group', async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/systems/E54000008');
  const peers = page.getByRole('table', { name: /^Peers of / });
  const removes = peers.getByRole('button', { name: /^Remove / });
  await expect(removes).toHaveCount(6);
  const [first, second] = [
    await removes.nth(0).getAttribute('aria-label'),
    await removes.nth(1).getAttribute('aria-label'),
  ];
  await removes.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(removes).toHaveCount(5);
  await expect(page.getByRole('button', { name: second ?? '' })).toBeFocused();
  const removedName = (first ?? '').replace('Remove ', '');
  await expect(page.getByText(/peer median readiness/)).toContainText(
    `${removedName} removed from the peer group.`,
  );

  const add = page.getByRole('combobox', { name: 'Add a system to the peer group' });
  await add.focus();
  await add.selectOption({ label: removedName });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(removes).toHaveCount(6);
  await expect(add).toBeFocused();
  await expect(page.getByText(/peer median readiness/)).toContainText(
    `${removedName} added to the peer group.`,
  );
});

test("Compare's Remove moves focus to the next system's Remove", async ({ page }, testInfo) => {
  desktopOnly(testInfo.project.name);
  await page.goto('/compare?systems=E54000008,E54000050,E54000027');
  const removes = page.getByRole('button', { name: /^Remove (?!all)/ });
  await expect(removes).toHaveCount(3);
  const second = (await removes.nth(1).textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  await removes.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(removes).toHaveCount(2);
  await expect(page.getByRole('button', { name: second })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'removed.' })).toContainText(
    '2 of at most 8 systems chosen.',
  );
});

test('on a phone the Systems list sorts through a visible Sort by, with no invisible focus', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the stacked table is a phone layout');
  await page.goto('/systems');
  const table = page.getByRole('table', { name: /^Readiness of each system/ });
  await expect(table.getByRole('rowheader')).toHaveCount(36);
  // Scores are read below: from the whole mesh, not a view drawn while products arrive.
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0, { timeout: 30_000 });
  await expect(table.getByRole('button')).toHaveCount(0);
  const sort = page.getByRole('group', { name: /^Sort the table: Readiness of each system/ });
  const sortBy = sort.getByRole('combobox', { name: 'Sort by' });
  await expect(sortBy).toBeVisible();

  await sortBy.selectOption({ label: 'Readiness' });
  const order = sort.getByRole('combobox', { name: 'Order' });
  await expect(order).toHaveValue('desc');
  const scores = async () =>
    (
      await table
        .getByRole('cell')
        .filter({ hasText: /^\s*Readiness/ })
        .allTextContents()
    ).map((text) => Number(/(\d+)/.exec(text.replace('Readiness', ''))?.[1]));
  const highestFirst = await scores();
  expect(highestFirst.length).toBeGreaterThan(30);
  expect(highestFirst).toEqual([...highestFirst].sort((a, b) => b - a));
  await order.focus();
  await order.selectOption('asc');
  // Sorting redraws the rows, not the control: focus stays on it.
  await expect(order).toBeFocused();
  const lowestFirst = await scores();
  expect(lowestFirst).toEqual([...lowestFirst].sort((a, b) => a - b));

  // Every Tab stop on the page can be seen.
  await page.getByRole('heading', { level: 1, name: 'Systems' }).click();
  for (let index = 0; index < 60; index += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedIsVisible(page);
    expect(focused.visible, `invisible focus on ${focused.what}`).toBe(true);
  }
});
