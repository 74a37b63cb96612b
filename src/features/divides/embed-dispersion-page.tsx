import { DividesDispersion } from './divides-charts';
import { EmbedDividesFrame } from './embed-divides';

/** How far apart systems are over time, alone for an iframe: the Divides page's own frame. */
export function EmbedDispersionPage() {
  return (
    <EmbedDividesFrame
      chart="how far apart systems are"
      render={(view) => <DividesDispersion view={view} />}
    />
  );
}
