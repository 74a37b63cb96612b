import type { Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

function borderMap(page: Page) {
  return page.getByRole('img', { name: /^Cross-border interoperability, / });
}

function bordersTable(page: Page) {
  return page.getByRole('table', { name: /^All \d+ borders, / });
}

test('the page shows the findings and the border map, and axe finds nothing', async ({
  page,
}, testInfo) => {
  await page.goto('/divides');
  await expect(page.getByRole('heading', { level: 1, name: 'Digital divides' })).toBeVisible();
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByRole('listitem')).toHaveCount(6);
  // The bundled mesh leaves out Cornwall (product missing) and Somerset (contract 2.0), and
  // without them no divide widens by the test; the same data as one feed shows the widening.
  await expect(findings).toContainText('No divide is widening by our test');
  await expect(findings).toContainText('The weakest border is where');
  await expect(borderMap(page)).toBeVisible();
  // 2026-Q3: 36 systems, 85 borders between them
  await expect(bordersTable(page)).toHaveAccessibleName(/^All 85 borders, July to September 2026/);
  // 85 borders, 71 of them drawn where the two systems' hexes meet (a vertical edge has an empty
  // bounding box, so lines are counted rather than checked for visibility)
  expect(await borderMap(page).locator('g > line').count()).toBeGreaterThanOrEqual(71);
  for (const title of [
    'How far apart systems are, over time',
    'Regional or local?',
    'Is the digital divide following the health divide?',
    'Cross-border interoperability',
  ]) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }
  // Two products give no data, so the regional and deprivation figures say what they rest on
  // (issue 13), as the national page does.
  for (const title of [
    'Regional or local?',
    'Is the digital divide following the health divide?',
  ]) {
    await expect(
      page.getByRole('region', { name: title }).getByText(/Based on 48 of 50 data products: /),
    ).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-divides`);
});

test('the single feed of the same data, all systems present, shows the widening divide', async ({
  page,
}) => {
  await page.goto(`/divides?feed=${encodeURIComponent('/data/feed.json')}`);
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText('between the top and bottom quarter of systems widened');
});

test('a keyboard user can reach every border in the table', async ({ page, isMobile }) => {
  test.skip(isMobile, 'Keyboard journey checked at desktop width');
  await page.goto('/divides');
  const table = bordersTable(page);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(85);
  // Every row holds a link a keyboard can stop on: visible, enabled, not taken out of the Tab order.
  const reachable = await rows.evaluateAll(
    (trs) =>
      trs.filter((tr) =>
        [...tr.querySelectorAll('a[href]')].some(
          (link) =>
            link instanceof HTMLElement &&
            link.tabIndex >= 0 &&
            link.getClientRects().length > 0 &&
            !link.closest('[inert], [aria-hidden="true"]'),
        ),
      ).length,
  );
  expect(reachable).toBe(85);
  // From the table's last sort button, Tab lands on the first row's link (no stray stops between),
  // and Tab again moves within the rows.
  await table.getByRole('button').last().focus();
  await page.keyboard.press('Tab');
  const firstLink = rows.first().getByRole('link').first();
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => Boolean(document.activeElement?.closest('#borders-table tbody'))),
  ).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/systems\/E54/);
});

test('measure, quarter and weights live in the URL and change the analyses', async ({ page }) => {
  await page.goto('/divides');
  await page.getByLabel('Measure', { exact: true }).selectOption('standard:shcr-cross-ics');
  await page.getByLabel('Quarter', { exact: true }).selectOption('2026-Q1');
  await expect(page).toHaveURL(/metric=standard%3Ashcr-cross-ics/);
  await expect(page).toHaveURL(/period=2026-Q1/);
  await page.goto(page.url());
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText('a regional divide');
  await expect(bordersTable(page)).toHaveAccessibleName(/^All 99 borders, January to March 2026/);
  // Switching every transfers-of-care standard off leaves fewer exchange standards to count.
  await page.goto('/divides?cw=transfers:0');
  await expect(bordersTable(page)).toBeVisible();
  await expect(bordersTable(page).locator('tbody tr').first()).toContainText(/\d+ of 6(?!\d)/);
});

test('phone width: the page fits and the border map is drawn', async ({
  page,
  isMobile,
}, testInfo) => {
  test.skip(!isMobile, 'Phone layout');
  await page.goto('/divides');
  await expect(borderMap(page)).toBeVisible();
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-divides-375`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
});
