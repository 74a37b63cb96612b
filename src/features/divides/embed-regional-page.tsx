import { DividesRegional } from './divides-charts';
import { EmbedDividesFrame } from './embed-divides';

/** The regional split over time, alone for an iframe: the Divides page's own frame. */
export function EmbedRegionalPage() {
  return (
    <EmbedDividesFrame
      chart="regions over time"
      render={(view) => <DividesRegional view={view} />}
    />
  );
}
