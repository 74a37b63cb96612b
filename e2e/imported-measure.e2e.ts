/**
 * Issue 14, done when: a product imported IN THE TEST from a publisher-layout fixture shows on
 * the map, the profile and the say-and-do view with its source and status. The test writes a
 * small DSPT file (the toolkit's own headers, our own organisations and statuses), runs
 * `npm run import -- dspt` on it against the bundled reference, and loads the sample feed with
 * the imported measure as a file, as an analyst would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Feed } from '../src/domain/feed/feed-schema';
import { axeViolations, expect, test } from './support/test';

const sample = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as Feed;
const MEASURE = 'Organisations meeting the Data Security and Protection Toolkit standard';

/** Four systems of 2025/26 with 4 organisations each; system i has i + 1 meeting the standard. */
const SYSTEMS = sample.geography.systems
  .filter((s) => s.validFrom <= '2025-04-01' && (!s.validTo || s.validTo >= '2026-03-31'))
  .slice(0, 4);

function dsptFile(): string {
  const rows = ['Code,Name,Sector,STP20CD,Final.Status'];
  SYSTEMS.forEach((system, i) => {
    for (let j = 0; j < 4; j += 1) {
      const status = j <= i ? '25/26 Standards Met' : '25/26 Approaching Standards';
      rows.push(`T${i}${j},Test organisation ${i}${j},Trust,${system.code},${status}`);
    }
  });
  return `${rows.join('\n')}\n`;
}

/** Runs the importer as the README tells an analyst to, and returns the product it wrote. */
function importProduct(): Feed {
  const dir = mkdtempSync(join(tmpdir(), 'imported-measure-'));
  try {
    writeFileSync(join(dir, 'dspt.csv'), dsptFile());
    execFileSync(
      'node_modules/.bin/tsx',
      [
        'scripts/import.ts',
        'dspt',
        join(dir, 'dspt.csv'),
        '--out',
        join(dir, 'dspt.json'),
        '--now',
        '2026-12-06T00:00:00Z',
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return JSON.parse(readFileSync(join(dir, 'dspt.json'), 'utf8')) as Feed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadWithImported(page: Page, product: Feed) {
  const feed = {
    ...sample,
    metadata: { ...sample.metadata, schemaVersion: '1.2' },
    measures: product.measures,
    measurements: product.measurements,
  };
  await page.goto('/data');
  await page.getByLabel('Load a feed file').setInputFiles({
    name: 'with-dspt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(feed)),
  });
  await expect(
    page.getByText('You are looking at data from the file with-dspt.json'),
  ).toBeVisible();
}

async function openFromMenu(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('an imported DSPT product shows on the map, the profile and say and do', async ({ page }) => {
  test.setTimeout(240_000);
  const product = importProduct();
  // 1, 2, 3 and 4 of 4 organisations: hand-computed shares.
  expect(product.measurements.map((m) => m.value)).toEqual([0.25, 0.5, 0.75, 1]);
  await loadWithImported(page, product);

  await openFromMenu(page, 'National picture', 'National picture');
  const show = page.getByRole('combobox', { name: 'Show' });
  const option = show.locator('option', { hasText: MEASURE });
  await show.selectOption((await option.getAttribute('value')) ?? '');
  await expect(page.getByRole('group', { name: new RegExp(`^${MEASURE}`) })).toBeVisible();
  await expect(page.getByText(/Management information/).first()).toBeVisible();
  await expect(
    page.getByText(/NHS England \(Data Security and Protection Toolkit\)/).first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // In-app navigation: a reload would drop the loaded file and go back to the bundled data.
  await openFromMenu(page, 'Systems', 'Systems');
  await page
    .getByRole('main')
    .getByRole('link', { name: SYSTEMS[1]!.shortName, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/systems/${SYSTEMS[1]!.code}`));
  const section = page.getByRole('region', { name: 'Measured use' });
  await expect(section.getByRole('heading', { name: new RegExp(MEASURE) })).toBeVisible();
  await expect(section.getByText(/Status: Management information/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await openFromMenu(page, 'Say and do', 'Say and do');
  await expect(page.getByText(/cannot be compared with a quarter/).first()).toBeVisible();
  await expect(page.getByText(/Management information/).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
