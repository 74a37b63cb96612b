import type { Locator, Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

function systemsTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Readiness of each system/ });
}

// The sample feed's latest quarter (July to September 2026) has 36 systems: the 42 ICBs of 2023,
// less the 13 that ended on 31 March 2026, plus the 7 that began on 1 April 2026.
test('the systems list searches, filters by region and links to profiles', async ({
  page,
}, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/systems');
  await expect(page.getByRole('heading', { level: 1, name: 'Systems' })).toBeVisible();
  const table = systemsTable(page);
  await expect(table).toHaveAccessibleName('Readiness of each system, July to September 2026');
  await expect(table.getByRole('rowheader')).toHaveCount(36);
  await expect(page.getByRole('status').filter({ hasText: /systems/ })).toHaveText(
    'Showing 36 of 36 systems',
  );
  await expect(
    table
      .getByRole('cell')
      .filter({ hasText: /\d+(st|nd|rd|th) \(\d+/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Frimley' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-systems`);

  const search = page.getByRole('searchbox', { name: 'Search systems' });
  await search.fill('kent');
  await expect(page.getByRole('status').filter({ hasText: /systems/ })).toHaveText(
    'Showing 1 of 36 systems',
  );
  await expect(table.getByRole('rowheader')).toHaveText([/Kent and Medway/]);
  await expect(page).toHaveURL(/[?&]q=kent/);

  // Search by code: Greater Manchester is E54000057.
  await search.fill('E54000057');
  await expect(table.getByRole('rowheader')).toHaveText([/Greater Manchester/]);

  await search.fill('');
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'London' });
  await expect(page.getByRole('status').filter({ hasText: /systems/ })).toContainText(
    'Showing 4 of 36 systems',
  );
  await expect(page).toHaveURL(/[?&]region=E40000003/);
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-systems-london`);

  await table.getByRole('link', { name: 'West and North London' }).click();
  await expect(page).toHaveURL(/\/systems\/E54000071/);
});
