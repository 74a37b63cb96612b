import type { ReactNode } from 'react';
import { EmbedPage } from '../../components/embed/embed-page';
import type { DividesDrawn } from './divides-drawn';
import { useDividesView } from './use-divides-view';
import './divides.css';

/** One of Digital divides' charts alone, for an iframe, from the page's own analysis. */
export function EmbedDividesFrame({
  chart,
  render,
}: {
  /** What the chart shows, for the document title. */
  chart: string;
  render: (view: DividesDrawn) => ReactNode;
}) {
  const view = useDividesView();
  const { period, analysis } = view;
  return (
    <EmbedPage
      title={`Digital divides, embedded: ${chart}`}
      context="Digital divides"
      arriving={view.arriving}
      source={view.source}
      noData="the feed has no quarters to show."
    >
      {period && analysis ? render({ ...view, period, analysis }) : null}
    </EmbedPage>
  );
}
