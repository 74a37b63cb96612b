/**
 * Say and do (issue 14): the sample feed with a measured product added from a fixture (a monthly
 * NHS App rate per 1,000 people, linked to the NHS App integration standard, for every system of
 * 2026-Q3), loaded as a file on the Data page. The view shows the measure with its source and
 * status, names the systems furthest from the line, offers the table, and is axe clean; the
 * "include measured use" toggle changes the banner.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Feed, Measure, Measurement } from '../src/domain/feed/feed-schema';
import { systemsInPeriod } from '../src/domain/geography/system-validity';
import { axeViolations, expect, test } from './support/test';

const sample = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as Feed;

const MEASURE: Measure = {
  id: 'app-users-per-1000',
  name: 'NHS App unique users',
  unit: 'per 1,000 people',
  kind: 'rate',
  numerator: 'People who logged in to the NHS App at least once in the month',
  denominator: 'Residents',
  scale: 1000,
  standardId: 'nhs-app-integration',
  frequency: 'month',
  publisher: 'Test statistics publisher',
  sourceUrl: 'https://example.org/nhs-app-statistics',
  licence: { name: 'Open Government Licence v3.0' },
  statisticsStatus: 'official-statistics-in-development',
};

/** Every 2026-Q3 system, three months each; the users differ by system so the dots spread. */
function measuredFeed(): Feed {
  const measurements: Measurement[] = [];
  systemsInPeriod(sample.geography.systems, '2026-Q3').forEach((system, i) => {
    for (const month of ['2026-07', '2026-08', '2026-09']) {
      const numerator = Math.round(system.population * (0.2 + ((i * 37) % 50) / 100));
      const value = (numerator / system.population) * 1000;
      measurements.push({
        system: system.code,
        measure: MEASURE.id,
        period: month,
        numerator,
        denominator: system.population,
        value,
      });
    }
  });
  return {
    ...sample,
    metadata: { ...sample.metadata, schemaVersion: '1.2' },
    measures: [MEASURE],
    measurements,
  };
}

async function loadMeasuredFeed(page: Page) {
  await page.goto('/data');
  await page.getByLabel('Load a feed file').setInputFiles({
    name: 'measured.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(measuredFeed())),
  });
  await expect(page.getByText('You are looking at data from the file measured.json')).toBeVisible();
}

test('a measured product shows on the say-and-do view with its source and status', async ({
  page,
}) => {
  await loadMeasuredFeed(page);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Say and do' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Say and do' })).toBeVisible();
  await expect(
    page.getByText(/Systems as they were throughout July to September 2026: 36\./),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', {
      name: /^NHS App integration .*: what systems say and what they do$/,
    }),
  ).toBeVisible();
  await expect(
    page.getByText(/^Score furthest above what their measured use predicts: /),
  ).toBeVisible();
  await expect(page.getByText(/^Across the 36 systems with both/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Test statistics publisher' })).toHaveAttribute(
    'href',
    'https://example.org/nhs-app-statistics',
  );
  await expect(page.getByText('Official statistics in development')).toBeVisible();
  // The drawing has loaded: recharts draws the dots.
  await expect(page.locator('.app-chart .recharts-scatter-symbol').first()).toBeAttached();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: /NHS App unique users of each system/ });
  await expect(table.getByRole('row')).toHaveCount(37);
  expect(await axeViolations(page)).toEqual([]);
});

test('"Include measured use" is off by default and, on, the banner and URL say so', async ({
  page,
}) => {
  await loadMeasuredFeed(page);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Methodology' })
    .click();
  const box = page.getByRole('checkbox', { name: 'Include measured use' });
  await expect(box).not.toBeChecked();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/[?&]mu=on/);
  await expect(page.getByRole('region', { name: 'Custom weights' })).toContainText(
    'Measured use is included',
  );
  await expect(page.getByText('Measured use is included.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
