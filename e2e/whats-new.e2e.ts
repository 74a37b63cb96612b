import { attachScreenshot, axeViolations, expect, test } from './support/test';

test.describe("What's new", () => {
  test('lists dated entries by month, links its Atom feed and passes axe', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: "What's new" }).click();
    await expect(page.getByRole('heading', { level: 1, name: "What's new" })).toBeVisible();
    await expect(page).toHaveTitle(/^What's new – Interoperability readiness$/);
    await expect(page.getByRole('heading', { level: 2, name: 'December 2026' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'November 2026' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await attachScreenshot(page, testInfo, `${testInfo.project.name}-whats-new`);

    const href = await page
      .getByRole('link', { name: "What's new Atom feed" })
      .getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const atom = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: doc.getElementsByTagNameNS(atom, 'entry').length,
      };
    }, xml);
    expect(parsed).toMatchObject({ error: 0, root: 'http://www.w3.org/2005/Atom feed' });
    expect(parsed.entries).toBeGreaterThan(5);
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', '/whats-new.atom');
  });

  test('a data issue shows a notice on the national page and the profile it names', async ({
    page,
  }) => {
    await page.goto('/');
    const notice = page.getByRole('link', {
      name: 'Two data products in the bundled sample give no data',
    });
    await expect(notice).toBeVisible();
    await page.goto('/systems/E54000036');
    await notice.click();
    await expect(page).toHaveURL(/\/whats-new#sample-mesh-products-without-data$/);
    await expect(
      page.getByRole('article', { name: 'Two data products in the bundled sample give no data' }),
    ).toBeVisible();
    await page.goto('/systems/E54000008');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(notice).toHaveCount(0);
  });
});
