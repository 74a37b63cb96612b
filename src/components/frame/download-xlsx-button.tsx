import { useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import type { CsvTable } from '../../lib/csv';
import { useExportSource } from '../../lib/use-export-source';
import { downloadXlsx } from '../../lib/xlsx/download-xlsx';
import { useExportFeed } from '../../lib/xlsx/export-feed-context';

interface XlsxProps {
  csv: CsvTable;
  /** Without the extension. */
  fileName: string;
}

interface ItemProps {
  exportRef: RefObject<HTMLElement | null>;
  onStatus: (message: string) => void;
}

/**
 * XLSX downloads with a title sheet, offered only once a feed is on screen, since the title sheet
 * must say where the numbers came from (the feed, from ExportFeedContext).
 */
function withFeed<P>(Inner: (props: P & { feed: Feed }) => ReactNode) {
  return function WithFeed(props: P) {
    const feed = useExportFeed();
    return feed ? <Inner {...props} feed={feed} /> : null;
  };
}

/** A table's button. The name says which table, as several sit on one page; the text stays short. */
export const DownloadXlsxButton = withFeed<XlsxProps & { title: string }>(function XlsxButton({
  feed,
  csv,
  fileName,
  title,
}: XlsxProps & { title: string; feed: Feed }) {
  const source = useExportSource(feed);
  const [message, setMessage] = useState('');
  const run = () => void downloadXlsx(fileName, title, source, csv).then(setMessage);
  return (
    <>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-download-button"
        onClick={run}
      >
        Download <span className="nhsuk-u-visually-hidden">{title}</span> as XLSX
      </button>
      {/* A live region, not role=status: each page keeps a single status region. */}
      <span className="nhsuk-body-s" aria-live="polite">
        {message}
      </span>
    </>
  );
});

/** A chart frame's choice, in its Download panel (whose status region says how it went). */
export const DownloadXlsxItem = withFeed<XlsxProps & ItemProps>(function XlsxItem({
  feed,
  csv,
  fileName,
  exportRef,
  onStatus,
}: XlsxProps & ItemProps & { feed: Feed }) {
  const source = useExportSource(feed);
  // The frame's heading is what its images show, so the title sheet says the same.
  const title = () => exportRef.current?.querySelector('h2, h3')?.textContent ?? fileName;
  const run = () => void downloadXlsx(fileName, title(), source, csv).then(onStatus);
  return (
    <li>
      <button type="button" className="app-link-button" onClick={run}>
        Download XLSX
      </button>{' '}
      <span className="nhsuk-body-s">the same rows as a spreadsheet, with a title sheet</span>
    </li>
  );
});
