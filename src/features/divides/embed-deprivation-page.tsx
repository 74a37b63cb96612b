import { DividesDeprivation } from './divides-charts';
import { EmbedDividesFrame } from './embed-divides';

/** Readiness along deprivation, alone for an iframe: the Divides page's own frame. */
export function EmbedDeprivationPage() {
  return (
    <EmbedDividesFrame chart="deprivation" render={(view) => <DividesDeprivation view={view} />} />
  );
}
