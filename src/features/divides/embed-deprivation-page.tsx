import { DeprivationSection } from './deprivation-section';
import { EmbedDividesFrame } from './embed-divides';

/** Readiness along deprivation, alone for an iframe: the Divides page's own frame. */
export function EmbedDeprivationPage() {
  return (
    <EmbedDividesFrame
      chart="deprivation"
      render={({ feed, analysis, what, period, basis }) => (
        <DeprivationSection
          feed={feed}
          gradient={analysis.deprivation}
          what={what}
          period={period}
          basis={basis}
        />
      )}
    />
  );
}
