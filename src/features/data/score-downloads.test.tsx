import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.restoreAllMocks());

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let pending: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (pending) files.push({ name: this.download, blob: pending });
  });
  return files;
}

describe('the Data page score downloads', () => {
  it('downloads every system of the chosen quarter as CSV and JSON', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    renderApp('/data?period=2026-Q1');
    await user.click(await screen.findByRole('button', { name: 'Download all scores (CSV)' }));
    await user.click(screen.getByRole('button', { name: 'Download all scores (JSON)' }));
    expect(files.map((file) => file.name)).toEqual(['scores-2026-Q1.csv', 'scores-2026-Q1.json']);
    const csv = new TextDecoder().decode(await files[0]!.blob.arrayBuffer());
    const lines = csv.trimEnd().split('\r\n');
    // 2026-Q1 is before North Vale ended: all three systems of the older geography.
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]).toMatch(/^Period,Code,System,Region,Population,Readiness,/);
    const doc = JSON.parse(await files[1]!.blob.text()) as { period: string; systems: unknown[] };
    expect(doc.period).toBe('2026-Q1');
    expect(doc.systems).toHaveLength(3);
  });

  it('downloads the same scores as XLSX: a title sheet, then numbers stored as numbers', async () => {
    const user = userEvent.setup();
    const files = captureDownloads();
    renderApp('/data?period=2026-Q1');
    await user.click(await screen.findByRole('button', { name: 'Download all scores (XLSX)' }));
    await screen.findByText('Downloaded scores-2026-Q1.xlsx');
    expect(files.map((file) => file.name)).toEqual(['scores-2026-Q1.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await files[0]!.blob.arrayBuffer());
    const [about, data] = workbook.worksheets;
    expect(about!.getCell('A1').value).toBe('Scores of every system, January to March 2026');
    expect(data!.getCell('A1').value).toBe('Period');
    expect(data!.rowCount).toBe(1 + 3);
    // Column E is Population: a number cell, not text.
    expect(data!.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
  });
});
