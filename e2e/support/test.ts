import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every test fails if the page logs a console error or throws, so a broken screen cannot pass by
 * rendering its heading over a crash.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // The geographic map's boundaries file is optional (not in the repository; see
      // docs/boundaries.md): the app asks for it and, on a 404, does not offer the map. Chromium
      // logs that 404 as a console error, so each such answer excuses one 404 message, no more.
      // The same for the bundled mesh's data products: one is planted missing (docs/sample-feed.md)
      // and the page says so as "No data: … is unavailable".
      let optional404s = 0;
      page.on('response', (response) => {
        const url = response.url();
        const expected = url.includes('/geo/boundaries/') || url.includes('/data/mesh/products/');
        if (response.status() === 404 && expected) optional404s += 1;
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      const unexcused = errors.filter(
        (text) => !(text.includes('status of 404') && optional404s-- > 0),
      );
      expect(unexcused, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe with the WCAG 2.2 A and AA rules and returns the violations, summarised. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Saves a full-page screenshot as a test artifact, named for the route and the device. */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
