import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations, expect, test } from './support/test';

async function downloadBy(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

/** Reads a downloaded workbook with ExcelJS, as a spreadsheet program would. */
async function workbookOf(file: Download) {
  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync(await file.path());
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  return workbook;
}

test.beforeEach(({ isMobile }) => {
  test.skip(isMobile, 'Downloads checked at desktop width');
});

test('a table downloads as XLSX: a title sheet saying source and licence, then number cells', async ({
  page,
}) => {
  await page.goto('/systems');
  const button = page.getByRole('button', {
    name: /^Download Readiness of each system, .+ as XLSX$/,
  });
  const file = await downloadBy(page, () => button.click());
  expect(file.suggestedFilename()).toMatch(/^systems-\d{4}-Q\d\.xlsx$/);
  const workbook = await workbookOf(file);
  const [about, data] = workbook.worksheets;
  expect(about!.name).toBe('About this data');
  expect(about!.getCell('A1').value).toMatch(/^Readiness of each system, /);
  expect(about!.getCell('A6').value).toBe('Licence');
  expect(about!.getCell('B6').value).toBe('Open Government Licence v3.0');
  expect(about!.getCell('B5').value).toBe('Illustrative data, not real adoption figures');
  expect(data!.getCell('A1').value).toBe('Code');
  const row = data!.getRow(2);
  const types = (row.values as unknown[]).map((value) => typeof value);
  expect(types).toContain('number');
  await expect(page.getByText(/^Downloaded systems-.+\.xlsx$/)).toBeVisible();
});

test("a chart frame and the Data page's score downloads offer XLSX", async ({ page }) => {
  await page.goto('/');
  const map = page.getByRole('region', { name: 'Readiness by system', exact: true });
  await map.getByRole('button', { name: 'Download', exact: true }).click();
  const frameFile = await downloadBy(page, () =>
    map.getByRole('button', { name: 'Download XLSX' }).click(),
  );
  const frameBook = await workbookOf(frameFile);
  expect(frameBook.worksheets[0]!.getCell('A1').value).toBe('Readiness by system');
  expect(frameBook.worksheets[1]!.rowCount).toBeGreaterThan(1);

  await page.goto('/data');
  const scores = await downloadBy(page, () =>
    page.getByRole('button', { name: 'Download all scores (XLSX)' }).click(),
  );
  expect(scores.suggestedFilename()).toMatch(/^scores-\d{4}-Q\d\.xlsx$/);
  const data = (await workbookOf(scores)).getWorksheet('Data')!;
  expect(data.getCell('A1').value).toBe('Period');
  expect(data.getCell('E1').value).toBe('Population');
  expect(data.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
});

test('the Data page downloads all data as a ZIP of CSVs with a README', async ({ page }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { name: 'Download all data' })).toBeVisible();
  // Before any click: a focused link is drawn without its underline (the NHS focus style).
  expect(await axeViolations(page)).toEqual([]);
  const zip = await downloadBy(page, () =>
    page.getByRole('link', { name: 'All data as CSV files (ZIP)' }).click(),
  );
  expect(zip.suggestedFilename()).toBe('all-data.zip');
  const files = unzipSync(readFileSync(await zip.path()));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['README.txt', 'systems.csv', 'systems.csv-metadata.json']),
  );
  expect(strFromU8(files['README.txt']!)).toContain('systems.csv: every system');
  expect(strFromU8(files['systems.csv']!).split('\r\n')[0]).toContain('code');
  const json = await page.request.get('/api/v1/bulk/all-data.json');
  expect(json.ok()).toBe(true);
  expect(Object.keys((await json.json()) as object)).toContain('/api/v1/systems.json');
});
