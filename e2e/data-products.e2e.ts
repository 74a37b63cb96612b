import type { Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

/**
 * The sample mesh plants a product whose file is missing, so the browser logs one 404 for it. The
 * test checks that the 404 is that file and no other, then lets the console check see the rest.
 */
function expectPlanted404(page: Page, consoleErrors: string[]) {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(new URL(response.url()).pathname);
  });
  return () => {
    expect(missing).toEqual(['/data/mesh/products/cornwall-and-the-isles-of-scilly.json']);
    const index = consoleErrors.findIndex((text) => text.includes('status of 404'));
    if (index >= 0) consoleErrors.splice(index, 1);
  };
}

test('the data products board shows every planted state and opens a product by keyboard', async ({
  page,
  consoleErrors,
}, testInfo) => {
  const name = testInfo.project.name;
  const planted404 = expectPlanted404(page, consoleErrors);
  await page.goto('/data/products');
  await expect(page.getByRole('heading', { level: 1, name: 'Data products' })).toBeVisible();
  const board = page.getByRole('table', { name: 'Data products and their health' });
  await expect(board.getByRole('rowheader')).toHaveCount(50);
  await expect(page.getByText(/50 data products in the catalogue; 48 loaded\./)).toBeVisible();
  for (const state of [
    'Late',
    'Missed a period',
    'Rejected rows',
    'Unreachable',
    'Other contract version',
  ]) {
    await expect(board).toContainText(state);
  }
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-data-products`);

  // Keyboard only: narrow the board to the unreachable product, then open it.
  const filter = page.getByRole('combobox', { name: 'Show products' });
  await filter.focus();
  await filter.selectOption('unreachable');
  await expect(page.getByText('Showing 1 of 50 data products.')).toBeVisible();
  const link = board.getByRole('link', { name: 'Cornwall and the Isles of Scilly' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'cornwall-and-the-isles-of-scilly' }),
  ).toBeVisible();
  const checks = page.getByRole('table', { name: 'Quality checks of this product' });
  await expect(checks.getByRole('row', { name: /Published at its address/ })).toContainText(
    'Failed',
  );
  await expect(checks.getByRole('row').filter({ hasText: 'Cannot be judged' })).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
  planted404();
});

test('a product with rows for a system it does not own lists each with its path', async ({
  page,
  consoleErrors,
}) => {
  const planted404 = expectPlanted404(page, consoleErrors);
  await page.goto('/data/products/north-east-london');
  await expect(page.getByRole('heading', { level: 1, name: 'north-east-london' })).toBeVisible();
  await expect(page.getByText('$.observations[403].system')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Quality checks of this product' })
      .getByRole('row', { name: /Rows only for the systems it owns/ }),
  ).toContainText('Failed');
  expect(await axeViolations(page)).toEqual([]);
  planted404();
});
