import type { RefObject } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import type { CsvTable } from '../../lib/csv';
import { useExportSource } from '../../lib/use-export-source';
import { downloadXlsx } from '../../lib/xlsx/download-xlsx';
import { useExportFeed } from '../../lib/xlsx/export-feed-context';

interface ItemProps {
  exportRef: RefObject<HTMLElement | null>;
  fileName: string;
  csv: CsvTable;
  onStatus: (message: string) => void;
}

/** The frame's XLSX choice: the data drawn, with a title sheet; only once a feed is on screen. */
export function DownloadXlsxItem(props: ItemProps) {
  const feed = useExportFeed();
  return feed ? <XlsxItemFor feed={feed} {...props} /> : null;
}

function XlsxItemFor({ feed, exportRef, fileName, csv, onStatus }: ItemProps & { feed: Feed }) {
  const source = useExportSource(feed);
  const run = async () => {
    // The frame's heading is what its images show, so the title sheet says the same.
    const title = exportRef.current?.querySelector('h2, h3')?.textContent ?? fileName;
    onStatus('Preparing the spreadsheet…');
    try {
      await downloadXlsx(fileName, title, source, csv);
      onStatus(`Downloaded ${fileName}.xlsx`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown error';
      onStatus(`Could not make the XLSX file: ${reason}.`);
    }
  };
  return (
    <li>
      <button type="button" className="app-link-button" onClick={() => void run()}>
        Download XLSX
      </button>{' '}
      <span className="nhsuk-body-s">the same rows as a spreadsheet, with a title sheet</span>
    </li>
  );
}
