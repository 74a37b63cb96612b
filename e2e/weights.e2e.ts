import type { Locator, Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

function readinessTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Readiness by system: \d+ systems/ });
}

/** The systems in the order the national table (the map frame's Table tab) ranks them. */
async function rankedSystems(page: Page): Promise<string[]> {
  const tableTab = page
    .getByRole('region', { name: 'Readiness by system' })
    .getByRole('tab', { name: 'Table' });
  // Ranked from the whole mesh, not a view drawn while products arrive (the national page's own
  // line says "Loading data: …" until the last is in).
  await expect(page.getByText(/^Loading data:/)).toHaveCount(0, { timeout: 30_000 });
  if ((await tableTab.getAttribute('aria-selected')) !== 'true') await tableTab.click();
  const table = readinessTable(page);
  await expect(table).toBeVisible();
  return table.getByRole('rowheader').allTextContents();
}

test('what-if weights change the national view and the URL, reopen from a link, and reset', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const published = await rankedSystems(page);
  expect(published.length).toBeGreaterThan(30);

  await page.getByRole('link', { name: 'See how, and change the weights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  const sharedRecords = page.getByLabel('Weight of Shared care records');
  await sharedRecords.fill('0');
  const citizen = page.getByLabel('Weight of Citizen access');
  await citizen.clear();
  // Typed key by key: the box must keep focus while the scores update.
  await citizen.pressSequentially('90');
  await expect(citizen).toBeFocused();
  await expect(citizen).toHaveValue('90');
  await expect(page).toHaveURL(/cw=.*shared-records%3A0/);
  await expect(page).toHaveURL(/citizen%3A90/);
  await expect(page.getByText('This view uses your own weights')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How ranks moved' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-methodology-custom-weights`);

  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'National picture' })
    .click();
  await expect(page).toHaveURL(/cw=/);
  const custom = await rankedSystems(page);
  expect(custom).not.toEqual(published);
  expect([...custom].sort()).toEqual([...published].sort());

  // A fresh load of the same address reproduces the view.
  await page.goto(page.url());
  expect(await rankedSystems(page)).toEqual(custom);
  await expect(page.getByText('This view uses your own weights')).toBeVisible();

  await page.getByRole('button', { name: 'Reset to the published weights' }).click();
  await expect(page).not.toHaveURL(/cw=/);
  await expect(page.getByText('This view uses your own weights')).toHaveCount(0);
  expect(await rankedSystems(page)).toEqual(published);
});

test('the methodology page works the score through for one system, from the live data', async ({
  page,
}) => {
  await page.goto('/methodology?example=E54000008');
  await expect(
    page.getByRole('heading', { name: /Worked example: Cheshire and Merseyside/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Category scores and weights' })).toBeVisible();
  await expect(
    page.getByText(/Cheshire and Merseyside’s readiness is \d+\.\d out of 100/),
  ).toBeVisible();
  await page.getByLabel('Show the worked example for').selectOption({ label: 'Devon' });
  await expect(page.getByRole('heading', { name: /Worked example: Devon/ })).toBeVisible();
  await expect(page).toHaveURL(/example=E54000037/);
});
