import { expect, test } from './support/test';

test('Copy link gives an address that reopens the exact view', async ({
  page,
  context,
  isMobile,
}) => {
  test.skip(isMobile, 'Clipboard checked at desktop width');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByLabel('Quarter', { exact: true }).selectOption('2025-Q4');
  await page
    .getByLabel('Show', { exact: true })
    .selectOption({ label: 'Booking and Referral Standard (BaRS)' });
  const map = page.getByRole('region', { name: /score by system$/ });
  await map.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/tables=readiness-map/);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('period=2025-Q4');
  expect(link).toContain('metric=standard%3Abars');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByLabel('Quarter', { exact: true })).toHaveValue('2025-Q4');
  await expect(
    other.getByRole('table', {
      name: /^Booking and Referral Standard \(BaRS\) score by system: 42 systems, October to December 2025/,
    }),
  ).toBeVisible();
  await other.close();
});

test('Back and Forward step through view changes', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Quarter', { exact: true }).selectOption('2025-Q4');
  await expect(page).toHaveURL(/period=2025-Q4/);
  await page
    .getByLabel('Show', { exact: true })
    .selectOption({ label: 'Booking and Referral Standard (BaRS)' });
  await expect(page).toHaveURL(/metric=standard%3Abars/);
  await page.goBack();
  await expect(page).not.toHaveURL(/metric=/);
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('overall');
  await expect(page.getByLabel('Quarter', { exact: true })).toHaveValue('2025-Q4');
  await page.goForward();
  await expect(page.getByLabel('Show', { exact: true })).toHaveValue('standard:bars');
});

test('printing drops navigation and controls and keeps the charts and their sources', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('group', { name: /by system,/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  // A search box on paper is a control no one can use.
  await expect(page.getByRole('combobox', { name: /Search/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link to this view' })).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Table' }).first()).toBeHidden();
  await expect(page.getByRole('group', { name: /by system,/ })).toBeVisible();
  await expect(page.getByText(/^Source: /).first()).toBeVisible();
});
