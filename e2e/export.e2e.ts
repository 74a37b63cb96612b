import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './support/test';
import { pngSize } from './support/png-size';

const LATEST = '2026-Q3';

function frame(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

async function download(frameLocator: Locator, format: 'PNG' | 'SVG' | 'CSV'): Promise<Download> {
  const page = frameLocator.page();
  const toggle = frameLocator.getByRole('button', { name: 'Download', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frameLocator.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  return file;
}

/** Parses an SVG in the browser; returns its text, or throws with the parser's complaint. */
async function parsedSvgText(page: Page, svg: string): Promise<string> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    if (error) throw new Error(error.textContent ?? 'SVG does not parse');
    if (doc.documentElement.localName !== 'svg') throw new Error('not an SVG document');
    return doc.documentElement.textContent ?? '';
  }, svg);
}

/** The first cell of a CSV line, unquoted. */
function firstCell(line: string): string {
  const quoted = /^"((?:[^"]|"")*)"/.exec(line);
  return quoted ? quoted[1]!.replaceAll('""', '"') : (line.split(',')[0] ?? '');
}

function csvLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

test('the national map downloads as PNG (2x), SVG and CSV with title, source and the rows shown', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'Downloads checked at desktop width');
  await page.goto('/');
  const map = frame(page, 'Readiness by system');
  await expect(map.getByRole('group', { name: /by system,/ })).toBeVisible();

  const png = await download(map, 'PNG');
  expect(png.suggestedFilename()).toBe(`readiness-map-${LATEST}.png`);
  const box = await map.locator('.app-frame__export').boundingBox();
  const size = pngSize(await png.path());
  expect(Math.abs(size.width - Math.round(box!.width) * 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(size.height - Math.round(box!.height) * 2)).toBeLessThanOrEqual(2);

  const svg = await download(map, 'SVG');
  expect(svg.suggestedFilename()).toBe(`readiness-map-${LATEST}.svg`);
  const svgText = await parsedSvgText(page, readFileSync(await svg.path(), 'utf8'));
  expect(svgText).toContain('Readiness by system');
  expect(svgText).toContain('Source: ');
  expect(svgText).toContain('Illustrative data');
  expect(svgText).toContain('Licence: ');

  const csv = await download(map, 'CSV');
  expect(csv.suggestedFilename()).toBe(`readiness-map-${LATEST}.csv`);
  const lines = csvLines(await csv.path());
  expect(lines[0]).toMatch(/^System,Code,Region,Readiness,/);
  await map.getByRole('tab', { name: 'Table' }).click();
  const shown = map.getByRole('table').getByRole('rowheader');
  await expect(shown).toHaveCount(36);
  expect(lines).toHaveLength(1 + 36);
  const names = await shown.allTextContents();
  expect(lines.slice(1).map(firstCell).sort()).toEqual(names.sort());
});

test('a chart downloads too: the region chart as PNG, SVG and CSV', async ({ page, isMobile }) => {
  test.skip(isMobile, 'Downloads checked at desktop width');
  await page.goto(`/?period=2025-Q4`);
  const chart = frame(page, 'Readiness by NHS region');
  await expect(chart.locator('.app-chart svg')).toBeVisible();
  const png = await download(chart, 'PNG');
  expect(png.suggestedFilename()).toBe('readiness-regions-2025-Q4.png');
  expect(pngSize(await png.path()).width).toBeGreaterThan(400);
  const svg = await download(chart, 'SVG');
  const text = await parsedSvgText(page, readFileSync(await svg.path(), 'utf8'));
  expect(text).toContain('Readiness by NHS region');
  expect(text).toContain('Source: ');
  const csv = await download(chart, 'CSV');
  const lines = csvLines(await csv.path());
  // The bundled mesh plants an unreachable product, so a region rests on fewer than all of its
  // products and the table says how many gave data.
  expect(lines[0]).toBe('Region,Readiness,Systems,Compared with England,Data products with data');
  expect(lines).toHaveLength(1 + 7);
});

test('a hostile system name exports as a neutralised CSV cell', async ({ page, isMobile }) => {
  test.skip(isMobile, 'Downloads checked at desktop width');
  const feed = JSON.parse(readFileSync('public/data/feed.json', 'utf8')) as {
    geography: { systems: { code: string; name: string; shortName: string; validTo?: string }[] };
  };
  const target = feed.geography.systems.find((system) => !system.validTo)!;
  target.name = '=HYPERLINK("http://x")';
  target.shortName = '=HYPERLINK("http://x")';
  // The default address answers with the single feed: the loader tells a feed from a catalogue by
  // its content.
  await page.route('**/data/mesh/catalogue.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(feed) }),
  );
  await page.goto('/');
  const map = frame(page, 'Readiness by system');
  // Feed text is data: it is shown as text, never run.
  await expect(
    map.getByRole('link', { name: /^=HYPERLINK\("http:\/\/x"\): readiness/ }),
  ).toBeVisible();
  const csv = await download(map, 'CSV');
  const row = csvLines(await csv.path()).find((line) => line.includes('HYPERLINK'));
  expect(row?.startsWith(`"'=HYPERLINK(""http://x"")",${target.code},`)).toBe(true);
});

test('a frame with Download and About open has no accessibility violations', async ({ page }) => {
  await page.goto('/');
  const map = frame(page, 'Readiness by system');
  await expect(map.getByRole('group', { name: /by system,/ })).toBeVisible();
  await map.getByRole('button', { name: 'Download', exact: true }).click();
  await map.getByRole('button', { name: 'About', exact: true }).click();
  await expect(map.getByRole('button', { name: 'Download CSV' })).toBeVisible();
  await expect(map.getByText(/Each hexagon is one Integrated Care System/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
