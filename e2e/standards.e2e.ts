import type { Locator, Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

function standardsTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Adoption of each standard/ });
}

/** The share of systems live in each row, in the order shown ("56% (20 of 36)" -> 56). */
async function sharesLive(table: Locator): Promise<number[]> {
  const cells = await table.getByRole('cell').allTextContents();
  return cells.flatMap((text) => {
    const match = /Systems live\s*(\d+)%/.exec(text);
    return match ? [Number(match[1])] : [];
  });
}

test('the standards list filters by category and sorts from the keyboard', async ({
  page,
}, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/standards');
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  const table = standardsTable(page);
  await expect(table.getByRole('rowheader')).toHaveCount(37);
  // Shares are read below: from the whole mesh, not a view drawn while products arrive.
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText('Showing 37 of 37 standards');
  await expect(page.getByText(/^In July to September 2026, \d+ of 37 standards/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-standards`);

  await page
    .getByRole('combobox', { name: 'Category' })
    .selectOption({ label: 'Transfers of care' });
  await expect(page.getByRole('status')).toContainText('Showing 9 of 37 standards');
  await expect(table.getByRole('rowheader')).toHaveCount(9);
  await expect(page).toHaveURL(/category=transfers/);

  const header = table.getByRole('columnheader', { name: /Systems live/ });
  if (name === 'phone') {
    // A phone stacks the table and hides its header row: the sort is a visible Sort by and
    // Order above it, and the headers hold no buttons (no invisible Tab stops).
    await expect(table.getByRole('button')).toHaveCount(0);
    const sort = page.getByRole('group', { name: /^Sort the table: Adoption of each standard/ });
    const sortBy = sort.getByRole('combobox', { name: 'Sort by' });
    await sortBy.focus();
    await sortBy.selectOption({ label: 'Systems live' });
    await expect(sortBy).toBeFocused();
  } else {
    // Keyboard only: focus the header's button and press Enter, as a keyboard user would.
    await header.getByRole('button').focus();
    await expect(header.getByRole('button')).toBeFocused();
    await attachScreenshot(page, testInfo, `${name}-standards-sort-focus`);
    await page.keyboard.press('Enter');
  }
  // Numbers start highest first, as in every table of the app; a second press reverses.
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=live&dir=desc/);
  const descending = await sharesLive(table);
  expect(descending).toHaveLength(9);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  if (name === 'phone') {
    await page.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Lowest first' });
  } else {
    await page.keyboard.press('Enter');
  }
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  // Ascending is the default direction, so the URL leaves it out.
  await expect(page).toHaveURL(/sort=live(?!&dir)/);
  const ascending = await sharesLive(table);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-standards-filtered-sorted`);
});

test('a standard shows its status mix as a chart with a table alternative', async ({
  page,
}, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/standards');
  await standardsTable(page)
    .getByRole('link', { name: 'Booking and Referral Standard (BaRS)' })
    .click();
  await expect(page).toHaveURL(/\/standards\/bars$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Booking and Referral Standard (BaRS)' }),
  ).toBeVisible();
  const figure = page.getByRole('region', { name: 'Adoption over time' });
  await expect(figure).toBeVisible();
  await expect(figure.getByText(/^Live in \d+ of the \d+ systems that reported/)).toBeVisible();
  // The drawing is plain SVG: a bar for each of the eleven quarters, each with a segment or more.
  const drawing = figure.locator('.app-status-chart svg');
  await expect(drawing).toBeVisible();
  const bars = drawing.locator('g.app-status-chart__bar');
  await expect(bars).toHaveCount(11);
  for (const bar of await bars.all()) expect(await bar.locator('path').count()).toBeGreaterThan(0);
  // The legend's entry (each bar's SVG title names the statuses too).
  await expect(figure.getByText('Not started', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Highest scores' })).toBeVisible();
  await expect(page.getByRole('table', { name: /The standard in each region/ })).toBeVisible();

  await figure.getByRole('tab', { name: 'Table' }).click();
  const data = page.getByRole('table', { name: /^Systems by adoption status of/ });
  await expect(data).toBeVisible();
  await expect(data.getByRole('rowheader')).toHaveCount(11);
  await expect(data.getByRole('rowheader').last()).toHaveAccessibleName('July to September 2026');
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-standard-bars`);
});
