import { DispersionSection } from './dispersion-section';
import { EmbedDividesFrame } from './embed-divides';

/** How far apart systems are over time, alone for an iframe: the Divides page's own frame. */
export function EmbedDispersionPage() {
  return (
    <EmbedDividesFrame
      chart="how far apart systems are"
      render={({ feed, analysis, what, period }) => (
        <DispersionSection feed={feed} trend={analysis.selected} what={what} period={period} />
      )}
    />
  );
}
