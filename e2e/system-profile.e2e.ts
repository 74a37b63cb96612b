import type { Page } from '@playwright/test';
import { attachScreenshot, axeViolations, expect, test } from './support/test';

/** The peer median readiness said in words in the peer panel, e.g. 58. */
async function peerMedian(page: Page): Promise<string> {
  const status = page.getByText(/peer median readiness/);
  await expect(status).toBeVisible();
  return (await status.locator('strong').textContent()) ?? '';
}

// The sample feed's latest quarter is July to September 2026 (the 2026 geography).
test('a profile from the systems list: peers change the peer median and are remembered', async ({
  page,
}, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/systems');
  await page
    .getByRole('table', { name: /^Readiness of each system/ })
    .getByRole('link', { name: 'Kent and Medway' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Kent and Medway/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Readiness by category' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Every standard against the national range' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Readiness over time' })).toBeVisible();
  await expect(
    page.locator('.app-peer-status').filter({ hasText: /default peer group: 6\s+systems/ }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-profile`);

  const before = await peerMedian(page);
  const peers = page.getByRole('table', { name: 'Peers of Kent and Medway' });
  const firstPeer = (await peers.getByRole('rowheader').first().textContent()) ?? '';
  await peers.getByRole('button', { name: `Remove ${firstPeer}` }).click();
  await expect(page.getByText('Your own peer group: 5 systems')).toBeVisible();
  await expect(page).toHaveURL(/[?&]peers=/);
  await expect.poll(() => peerMedian(page)).not.toBe(before);
  const headline = page.getByRole('region', { name: 'Headline' });
  await expect(headline.getByText(`(peer median ${await peerMedian(page)})`)).toBeVisible();

  // Remembered in this browser: the profile without ?peers= keeps the reader's group.
  await page.goto(page.url().replace(/\?.*$/, ''));
  await expect(page.getByText('Your own peer group: 5 systems')).toBeVisible();
  await page.getByRole('button', { name: 'Reset to the default peer group' }).click();
  await expect(
    page.locator('.app-peer-status').filter({ hasText: /default peer group: 6\s+systems/ }),
  ).toBeVisible();
  expect(await peerMedian(page)).toBe(before);

  // Keyboard: add a system back with the select and the Add button.
  await page
    .getByRole('combobox', { name: 'Add a system to the peer group' })
    .selectOption({ label: 'Devon' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Your own peer group: 7 systems')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a dissolved system shows its last quarter and its successors', async ({ page }, testInfo) => {
  const name = testInfo.project.name;
  await page.goto('/systems/E54000034');
  await expect(page.getByRole('heading', { level: 1, name: /Frimley/ })).toBeVisible();
  await expect(page.getByText('This system has ended')).toBeVisible();
  await expect(
    page.getByText(/so this profile shows its last quarter, January to March 2026/),
  ).toBeVisible();
  const note = page.getByText(/Its area is now part of/);
  for (const successor of ['Thames Valley', 'Surrey and Sussex', 'Hampshire and Isle of Wight']) {
    await expect(note.getByRole('link', { name: successor })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Readiness over time' })).toContainText(
    'Frimley ended',
  );
  expect(await axeViolations(page)).toEqual([]);
  await attachScreenshot(page, testInfo, `${name}-profile-dissolved`);

  await note.getByRole('link', { name: 'Thames Valley' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Thames Valley/ })).toBeVisible();
  await expect(page.getByText(/began on 1 April 2026, made from/)).toBeVisible();
});
