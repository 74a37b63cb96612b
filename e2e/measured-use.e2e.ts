import { attachScreenshot, axeViolations, expect, test } from './support/test';

/**
 * Measured use on the bundled sample mesh: its ILLUSTRATIVE NHS App product (docs/sample-feed.md)
 * on the national map, by keyboard, on each month's own geography, and on a system's profile.
 */
const MEASURE = 'NHS App unique users (ILLUSTRATIVE) per 1,000 people';

test('a measure shows on the national map with its source, status and own months', async ({
  page,
}, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/');
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.focus();
  await show.selectOption({ label: MEASURE });
  await expect(page).toHaveURL(
    /metric=measure%3Anhs-app-users-per-1000-illustrative|metric=measure:nhs-app-users-per-1000-illustrative/,
  );
  const map = page.getByRole('group', { name: `${MEASURE}, September 2026` });
  await expect(map.getByRole('link')).toHaveCount(36);
  await expect(page.getByText('Management information.').first()).toBeVisible();
  await expect(page.getByText(/NHS England \(illustrative\)/).first()).toBeVisible();
  await expect(page.getByText(/boundaries from 1 April 2026/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-measure-map`);

  // The period control lists the measure's months; March 2026 is on the 42 ICBs.
  const month = page.getByRole('combobox', { name: 'Period of the measure' });
  await month.focus();
  await month.selectOption({ label: 'March 2026' });
  await expect(page).toHaveURL(/mperiod=2026-03/);
  await expect(
    page.getByRole('group', { name: `${MEASURE}, March 2026` }).getByRole('link'),
  ).toHaveCount(42);
  await expect(page.getByText('Another geography')).toBeVisible();
  // The crosswalk says how much of the readiness quarter's geography the month can reach: the 29
  // systems that kept their area, and the 7 of April 2026 estimated from their predecessors.
  await expect(
    page.getByText(
      /Of the 36 systems of July to September 2026, 29 have a March 2026 value of their own and 7 can be estimated from their predecessors/,
    ),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Table' }).first().click();
  await expect(
    page.getByRole('table', { name: `${MEASURE}, March 2026: 42 systems` }).getByRole('rowheader'),
  ).toHaveCount(42);
  expect(await axeViolations(page)).toEqual([]);
});

test('a system profile shows its measured use with rank, national value and source', async ({
  page,
}, testInfo) => {
  await page.goto('/systems/E54000008');
  const section = page.getByRole('region', { name: 'Measured use' });
  await expect(section.getByRole('heading', { name: MEASURE })).toBeVisible();
  await expect(section.getByText(/of 36 systems with a value/)).toBeVisible();
  await expect(section.getByText(/Status: Management information/)).toBeVisible();
  await expect(section.getByRole('link', { name: 'the publication page' })).toHaveAttribute(
    'href',
    /digital\.nhs\.uk/,
  );
  // The trend sits in a chart frame; Cheshire and Merseyside spans the April 2026 change
  // unchanged: twelve months of its own, oldest first.
  const trend = section.getByRole('region', { name: 'Month by month' });
  await expect(trend.getByText(/^Cheshire and Merseyside (rose|fell) from /)).toBeVisible();
  await trend.getByRole('tab', { name: 'Table' }).click();
  await expect(
    trend
      .getByRole('table', { name: /Cheshire and Merseyside, each period/ })
      .getByRole('rowheader'),
  ).toHaveCount(12);
  expect(await axeViolations(page)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-measured-use-profile`);
});

test('a merged system’s trend marks its months before April 2026 as estimated from predecessors', async ({
  page,
}, testInfo) => {
  // Norfolk and Suffolk (E54000068) began on 1 April 2026 from Norfolk and Waveney and part of
  // Suffolk and North East Essex (the crosswalk in the bundled reference product).
  await page.goto('/systems/E54000068');
  const trend = page
    .getByRole('region', { name: 'Measured use' })
    .getByRole('region', { name: 'Month by month' });
  await expect(
    trend.getByText(/Months before Norfolk and Suffolk began are estimated/),
  ).toBeVisible();
  await trend.getByRole('tab', { name: 'Table' }).click();
  const table = trend.getByRole('table', { name: /Norfolk and Suffolk, each period/ });
  await expect(table.getByRole('rowheader')).toHaveCount(12);
  await expect(table.getByText(/estimated from predecessors \(crosswalk\)/)).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-measured-use-merged`);
});
