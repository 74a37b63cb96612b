import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxBlob } from './write-xlsx';

const SOURCE = {
  publisher: 'NHS England',
  dataDate: '1 November 2026',
  illustrative: true,
  licence: 'OGL v3.0',
  weightsNote: null,
};
const INFO = { title: 'Readiness by system', source: SOURCE, generated: '6 December 2026' };
const TABLE = {
  header: ['System', 'Readiness', 'Low confidence'],
  rows: [
    ['=HYPERLINK("http://x")', 61.5, false],
    ['South', -2, true],
  ],
};

/** Reads the file back with another library (ExcelJS), as a spreadsheet program would. */
async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await xlsxBlob(INFO, TABLE)).arrayBuffer());
  return workbook;
}

describe('xlsxBlob', () => {
  it('writes the title sheet first, then the data', async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['About this data', 'Data']);
    const about = workbook.worksheets[0]!;
    expect(about.getCell('A1').value).toBe('Readiness by system');
    expect(about.getCell('A3').value).toBe('Source');
    expect(about.getCell('B3').value).toBe('NHS England');
    expect(about.getCell('B5').value).toBe('Illustrative data, not real adoption figures');
    expect(about.getCell('A7').value).toBe('Generated');
    expect(about.getCell('B7').value).toBe('6 December 2026');
  });

  it('stores numbers as numbers and a formula-like name as text, not a formula', async () => {
    const data = (await readBack()).getWorksheet('Data')!;
    expect(data.getCell('A1').value).toBe('System');
    expect(data.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(data.getCell('B2').value).toBe(61.5);
    expect(data.getCell('B3').value).toBe(-2);
    expect(data.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(data.getCell('A2').value).toBe('=HYPERLINK("http://x")');
    expect(data.getCell('C3').type).toBe(ExcelJS.ValueType.Boolean);
  });
});
