import { EmbedProfileFrame } from './embed-system';
import { TrendSection } from './profile/trend-section';

/** A system's readiness over time alone, for an iframe. */
export function EmbedTrendPage() {
  return <EmbedProfileFrame what="Readiness over time" Section={TrendSection} />;
}
