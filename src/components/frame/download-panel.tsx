import { useState } from 'react';
import type { RefObject } from 'react';
import { toCsv } from '../../lib/csv';
import type { CsvTable } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { downloadPng, downloadSvg } from '../../lib/export-image';
import { DownloadXlsxItem as XlsxItem } from './download-xlsx-button';

type Format = 'png' | 'svg' | 'csv';

/**
 * The frame's download choices. Images are drawn from the chart as shown (with its title, key and
 * source line), so they can only be made while the chart tab is showing; the CSV is the data drawn.
 */
export function DownloadPanel({
  exportRef,
  fileName,
  csv,
  chartShown,
  onShowChart,
}: {
  exportRef: RefObject<HTMLElement | null>;
  fileName: string;
  csv: CsvTable;
  chartShown: boolean;
  onShowChart: () => void;
}) {
  const [status, setStatus] = useState('');
  const run = async (format: Format) => {
    const node = exportRef.current;
    try {
      if (format === 'csv') {
        downloadText(`${fileName}.csv`, toCsv(csv.header, csv.rows), 'text/csv;charset=utf-8');
      } else if (node) {
        setStatus(`Preparing the ${format.toUpperCase()} image…`);
        await (format === 'png' ? downloadPng(node, fileName) : downloadSvg(node, fileName));
      }
      setStatus(`Downloaded ${fileName}.${format}`);
    } catch (error) {
      setStatus(
        `Could not make the ${format.toUpperCase()} file: ${error instanceof Error ? error.message : 'unknown error'}.`,
      );
    }
  };
  return (
    <div className="app-frame__download">
      <ul className="app-frame__download-list">
        {chartShown ? (
          <>
            <li>
              <button type="button" className="app-link-button" onClick={() => void run('png')}>
                Download PNG
              </button>{' '}
              <span className="nhsuk-body-s">image at 2× resolution, for slides</span>
            </li>
            <li>
              <button type="button" className="app-link-button" onClick={() => void run('svg')}>
                Download SVG
              </button>{' '}
              <span className="nhsuk-body-s">scalable image with its title and source</span>
            </li>
          </>
        ) : (
          <li>
            Images are made from the chart.{' '}
            <button type="button" className="app-link-button" onClick={onShowChart}>
              Show the chart
            </button>{' '}
            to download it as PNG or SVG.
          </li>
        )}
        <li>
          <button type="button" className="app-link-button" onClick={() => void run('csv')}>
            Download CSV
          </button>{' '}
          <span className="nhsuk-body-s">
            the {csv.rows.length} rows drawn, safe to open in a spreadsheet
          </span>
        </li>
        <XlsxItem exportRef={exportRef} fileName={fileName} csv={csv} onStatus={setStatus} />
      </ul>
      <p className="nhsuk-body-s" role="status">
        {status}
      </p>
    </div>
  );
}
