import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../testing/render-app';

afterEach(() => vi.restoreAllMocks());

/** The file the page offers, as a Blob (the click on the download link is caught). */
function captureDownload() {
  const file: { name?: string; blob?: Blob } = {};
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    file.blob = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    file.name = this.download;
  });
  return file;
}

describe('a table offers XLSX beside its CSV', () => {
  it('names the table in the button and writes a title sheet from the feed, then number cells', async () => {
    const user = userEvent.setup();
    const file = captureDownload();
    renderApp('/systems');
    const button = await screen.findByRole('button', {
      name: /^Download Readiness of each system, .+ as XLSX$/,
    });
    await user.click(button);
    await screen.findByText(/^Downloaded systems-.+\.xlsx$/);
    expect(file.name).toMatch(/^systems-\d{4}-Q\d\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.blob!.arrayBuffer());
    const [about, data] = workbook.worksheets;
    expect(about!.name).toBe('About this data');
    expect(about!.getCell('A1').value).toMatch(/^Readiness of each system, /);
    expect(about!.getCell('A3').value).toBe('Source');
    expect(about!.getCell('A6').value).toBe('Licence');
    const numbers = data!.getRow(2).values as unknown[];
    expect(numbers.some((value) => typeof value === 'number')).toBe(true);
  });
});
