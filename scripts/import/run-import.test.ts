import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MeasurementSchema, MeasureSchema } from '../../src/domain/feed/feed-schema';
import { TEST_GEOGRAPHY } from '../../src/domain/import/import-fixtures';
import {
  AUGUST_ROWS,
  JULY_ROWS,
  table1,
  table2,
  AUGUST,
  JULY,
} from '../../src/domain/import/nhs-app-mi-fixtures';
import { ProductDescriptorSchema } from '../../src/domain/mesh/product-schema';
import { runImport } from './run-import';

// The workbook is written here with exceljs in the publisher's layout (dates as date serials).
async function writeWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Title Sheet').addRow(['NHS App Management Information']);
  workbook.addWorksheet('Table 1').addRows(table1([AUGUST, JULY], [1820, 1510], [576, 505]));
  workbook.addWorksheet('Table 2').addRows(table2([...JULY_ROWS, ...AUGUST_ROWS]));
  await workbook.xlsx.writeFile(path);
}

async function setUp() {
  const dir = await mkdtemp(join(tmpdir(), 'import-'));
  const reference = join(dir, 'reference.json');
  await writeFile(reference, JSON.stringify({ geography: TEST_GEOGRAPHY, periods: ['2025-Q3'] }));
  const book = join(dir, 'NHS App MI - August 2025.xlsx');
  await writeWorkbook(book);
  return { dir, reference, book };
}

const now = new Date('2026-12-05T22:00:00Z');

describe('runImport (nhs-app-mi, XLSX)', () => {
  it('writes a product whose measures, measurements and descriptor meet contract 1.2', async () => {
    const { dir, reference, book } = await setUp();
    const out = join(dir, 'out.json');
    const args = {
      source: 'nhs-app-mi' as const,
      files: [book],
      out,
      lookup: null,
      reference,
      now,
    };
    const outcome = await runImport(args);
    expect(outcome.exitCode).toBe(0);
    const product = JSON.parse(await readFile(out, 'utf8')) as {
      measures: unknown[];
      measurements: unknown[];
      product: { lineage: { sources: unknown[]; importedAt: string } };
    };
    expect(product.measurements).toHaveLength(12);
    for (const row of product.measures) expect(MeasureSchema.safeParse(row).success).toBe(true);
    for (const row of product.measurements)
      expect(MeasurementSchema.safeParse(row).success).toBe(true);
    expect(ProductDescriptorSchema.safeParse(product.product).success).toBe(true);
    expect(product.product.lineage.sources).toEqual([
      {
        file: 'NHS App MI - August 2025.xlsx',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        edition: 'August 2025',
      },
    ]);
    expect(product.product.lineage.importedAt).toBe('2026-12-05T22:00:00.000Z');
  });

  it('exit 2 for a file that cannot be read, exit 1 for a workbook without Table 2', async () => {
    const { dir, reference } = await setUp();
    const base = {
      source: 'nhs-app-mi' as const,
      out: join(dir, 'x.json'),
      lookup: null,
      reference,
      now,
    };
    const missing = await runImport({ ...base, files: [join(dir, 'nope.xlsx')] });
    expect(missing.exitCode).toBe(2);
    const other = join(dir, 'other.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').addRow(['x']);
    await workbook.xlsx.writeFile(other);
    const wrong = await runImport({ ...base, files: [other] });
    expect(wrong).toMatchObject({
      exitCode: 1,
      message: 'other.xlsx: no sheet "Table 2" (found Data)',
    });
  });
});
