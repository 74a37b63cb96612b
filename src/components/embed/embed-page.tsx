import type { ReactNode } from 'react';
import type { ExportSource } from '../../lib/export-source';
import { useEmbedBackLink } from '../../lib/embed/use-embed-back-link';
import { PageTitle } from '../ui/page-title';
import { EmbedArriving } from './embed-arriving';
import type { Arriving } from './embed-arriving';
import { EmbedFooter } from './embed-footer';

/**
 * The page every embed is: a document title, one line of context (the page the chart comes
 * from), "Loading data" while mesh products arrive, the chart or why there is none, and the
 * footer with the data's date and the way back to the full page with the same view.
 */
export function EmbedPage({
  title,
  context,
  arriving,
  source,
  noData,
  children,
}: {
  /** The document title, naming the chart and what it is of. */
  title: string;
  /** The heading above the chart: the page it comes from. */
  context: string;
  arriving: Arriving | null;
  source: ExportSource;
  /** Why there is nothing to draw, said when `children` is null ("the feed has no quarters…"). */
  noData: string;
  children: ReactNode;
}) {
  const backHref = useEmbedBackLink();
  return (
    <>
      <PageTitle title={title} />
      <h1 className="app-embed__context">{context}</h1>
      <EmbedArriving arriving={arriving} />
      {children ?? <p>No data: {noData}</p>}
      <EmbedFooter source={source} backHref={backHref} />
    </>
  );
}
