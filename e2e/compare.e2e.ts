import type { Locator, Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

function scoresTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Category and standard scores/ });
}

// Cheshire and Merseyside and North East and North Cumbria exist throughout; North West London
// ended on 31 March 2026, so in the latest quarter it is compared with blank scores and a note,
// and its history shows in the trend.
const THREE = ['Cheshire and Merseyside', 'North East and North Cumbria', 'North West London'];

test('Compare opens three systems from a URL and shows all three', async ({ page }, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/compare?systems=E54000008,E54000050,E54000027');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare systems' })).toBeVisible();
  const table = scoresTable(page);
  await expect(table.getByRole('columnheader')).toHaveText([
    'Category or standard',
    'England',
    ...THREE,
  ]);
  await expect(page.getByText(/North West London ended on 31 March 2026/)).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Overall readiness' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-compare`);

  const trend = page.getByRole('region', { name: 'Readiness over time' });
  await trend.getByRole('tab', { name: /Table/ }).click();
  const trendTable = trend.getByRole('table');
  await expect(trendTable.getByRole('columnheader')).toHaveText([
    'Quarter',
    'Cheshire and Merseyside',
    'England',
    'North East and North Cumbria',
    'North West London',
  ]);
  await expect(trendTable.getByRole('rowheader')).toHaveCount(11);
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-compare-trend-table`);
});

test('Compare loads a peer group and refuses a ninth system', async ({ page }, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/compare');
  await expect(page.getByText(/Choose at least 2 systems to compare/)).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Or compare a system with its peers' })
    .selectOption({ label: 'Kent and Medway' });
  await page.getByRole('button', { name: 'Load its peer group' }).click();
  await expect(page).toHaveURL(/systems=E54000032(%2C|,)/);
  // Kent and Medway and its 6 peers: 7 system columns after the name and England.
  await expect(scoresTable(page).getByRole('columnheader')).toHaveCount(9);
  await expect(page.getByRole('status').filter({ hasText: /systems/ })).toHaveText(
    '7 of at most 8 systems chosen.',
  );

  const add = page.getByRole('combobox', { name: 'Add a system' });
  await add.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /systems/ })).toHaveText(
    '8 of at most 8 systems chosen.',
  );
  await add.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('You can compare at most 8 systems.');
  await expect(scoresTable(page).getByRole('columnheader')).toHaveCount(10);
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-compare-eight`);
});
