import { EmbedDividesFrame } from './embed-divides';
import { RegionalSection } from './regional-section';

/** The regional split over time, alone for an iframe: the Divides page's own frame. */
export function EmbedRegionalPage() {
  return (
    <EmbedDividesFrame
      chart="regions over time"
      render={({ feed, analysis, what, period, basis }) => (
        <RegionalSection
          feed={feed}
          points={analysis.regional}
          what={what}
          period={period}
          basis={basis}
        />
      )}
    />
  );
}
