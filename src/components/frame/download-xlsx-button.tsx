import { useState } from 'react';
import type { CsvTable } from '../../lib/csv';
import type { Feed } from '../../domain/feed/feed-schema';
import { useExportSource } from '../../lib/use-export-source';
import { downloadXlsx } from '../../lib/xlsx/download-xlsx';
import { useExportFeed } from '../../lib/xlsx/export-feed-context';

interface XlsxProps {
  csv: CsvTable;
  /** Without the extension. */
  fileName: string;
  /** What the table is: the title sheet's heading and part of the button's name. */
  title: string;
}

/**
 * Downloads a table as an .xlsx workbook with a title sheet. Offered only once a feed is on screen,
 * since the title sheet must say where the numbers came from.
 */
export function DownloadXlsxButton(props: XlsxProps) {
  const feed = useExportFeed();
  return feed ? <XlsxButtonFor feed={feed} {...props} /> : null;
}

function XlsxButtonFor({ feed, csv, fileName, title }: XlsxProps & { feed: Feed }) {
  const source = useExportSource(feed);
  const [message, setMessage] = useState('');
  const run = async () => {
    setMessage('Preparing the spreadsheet…');
    try {
      await downloadXlsx(fileName, title, source, csv);
      setMessage(`Downloaded ${fileName}.xlsx`);
    } catch (error) {
      setMessage(
        `Could not make the spreadsheet: ${error instanceof Error ? error.message : 'unknown error'}.`,
      );
    }
  };
  return (
    <>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-download-button"
        onClick={() => void run()}
      >
        {/* The name says which table, as several sit on one page; what is seen stays short. */}
        Download <span className="nhsuk-u-visually-hidden">{title}</span> as XLSX
      </button>
      {/* A live region, not role=status: each page keeps a single status region. */}
      <span className="nhsuk-body-s app-download-message" aria-live="polite">
        {message}
      </span>
    </>
  );
}
