import { attachScreenshot, axeViolations, expect, test } from './support/test';

/** Pages in a PDF made by Chromium: the page tree's /Count, and one "/Type /Page" each. */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const count = /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/s.exec(text);
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  if (!count || Number(count[1]) !== pages) throw new Error('Could not count the PDF’s pages');
  return pages;
}

test('a system’s board report opens from its profile and prints on one A4 page', async ({
  page,
  isMobile,
}, testInfo) => {
  await page.goto('/systems/E54000032');
  await page.getByRole('link', { name: /Board report/ }).click();
  await expect(page).toHaveURL(/\/systems\/E54000032\/report/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board report: Kent and Medway' }),
  ).toBeVisible();
  for (const name of [
    'Readiness by category',
    'Readiness over time',
    'Biggest gaps',
    'Strengths',
    'Peer comparison',
    'Data and caveats',
  ]) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(
    page.getByText(/^Illustrative data: the adoption figures are synthetic/),
  ).toBeVisible();
  await expect(page.getByText(/Data of \d+ \w+ 2026/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${testInfo.project.name}-board-report`);
  test.skip(isMobile, 'The PDF is made once, at desktop width');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu' })).toBeHidden();
  await attachScreenshot(page, testInfo, 'board-report-print');
  // The stylesheet's own @page (A4, 10 mm margins), as a browser's Print would use it.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await testInfo.attach('board-report.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdfPageCount(pdf)).toBe(1);
});

test('the board report keeps the reader’s peers and quarter from the profile', async ({ page }) => {
  await page.goto('/systems/E54000032/report?period=2025-Q4&peers=E54000008,E54000050');
  await expect(
    page.getByText(/^Interoperability readiness of .*, October to December 2025/),
  ).toBeVisible();
  const peers = page.getByRole('table', { name: /and its 2 peers by readiness/ });
  await expect(peers.getByRole('rowheader')).toHaveCount(3);
});
