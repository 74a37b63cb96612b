import { ROUTES } from './support/routes';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

for (const route of ROUTES) {
  test(`${route.path} shows "${route.heading}" with no accessibility violations`, async ({
    page,
  }, testInfo) => {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
    await expect(page).toHaveTitle(
      new RegExp(`^${escapeRegExp(route.title)}.* – Interoperability readiness$`),
    );
    if ('embed' in route) {
      // An embed is one chart for another site's page: no banner or footer, a way back instead.
      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(
        page.getByRole('link', { name: 'View on the Interoperability readiness dashboard' }),
      ).toBeVisible();
    } else {
      await expect(page.getByRole('banner')).toContainText('Interoperability readiness');
      await expect(page.getByRole('contentinfo')).toContainText('Open Government Licence v3.0');
    }
    expect(await axeViolations(page)).toEqual([]);
    const name =
      route.path === '/'
        ? 'home'
        : route.path.slice(1).replace(/[^a-z0-9]+/gi, '-') || 'home-tables';
    await attachScreenshot(page, testInfo, `${testInfo.project.name}-${name}`);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
