import { expect, test } from './support/test';

test.describe('site search in the header', () => {
  test('finds Frimley and its successors by keyboard alone and opens the profile', async ({
    page,
  }) => {
    await page.goto('/standards');
    await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
    const search = page.getByRole('combobox', { name: 'Search systems, standards and pages' });
    await search.focus();
    await page.keyboard.type('Frimley');
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    // The ended ICB itself, then the three systems that took in its population.
    const listbox = page.getByRole('listbox', { name: 'Search results' });
    await expect(listbox.getByRole('option')).toHaveCount(4);
    await expect(
      page.locator('[aria-live="polite"]').filter({ hasText: '4 results' }),
    ).toBeAttached();
    await page.keyboard.press('ArrowDown');
    const first = listbox.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id'))!,
    );
    await expect(first).toContainText('NHS Frimley Integrated Care Board');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/systems\/E54000034$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'NHS Frimley Integrated Care Board' }),
    ).toBeVisible();
  });

  test('finds QYG (an ODS code) first and Escape closes then clears', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('combobox', { name: 'Search systems, standards and pages' });
    await expect(page.getByRole('heading', { level: 1, name: 'National picture' })).toBeVisible();
    // Tab from the top of the page: the skip link, any banners' controls, the service name, search.
    for (
      let presses = 0;
      presses < 12 && !(await search.evaluate((el) => el === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(search).toBeFocused();
    await page.keyboard.type('QYG');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toContainText(
      'NHS Cheshire and Merseyside Integrated Care Board',
    );
    await page.keyboard.press('Escape');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await expect(search).toHaveValue('QYG');
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await page.keyboard.type('QYG');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/systems\/E54000008$/);
  });

  test('fits a 375 px phone without sideways scrolling, list open', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Search systems, standards and pages' }).fill('nhs');
    await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  });
});
