import { useHexLayout } from '../../api/hex-layout-query';
import type { HexJson } from '../../domain/geography/hexjson';
import { BorderMapFrame, useBorderRows } from './border-map-frame';
import { EmbedDividesFrame } from './embed-divides';

/** The cross-border map alone, for an iframe: the Divides page's own frame and rows. */
export function EmbedBordersPage() {
  const layout = useHexLayout();
  return (
    <EmbedDividesFrame
      chart="cross-border interoperability"
      render={({ feed, analysis, period, unavailable }) => (
        <Borders
          feed={feed}
          layout={layout}
          borders={analysis.borders}
          summary={analysis.borderSummary}
          period={period}
          unavailable={unavailable}
        />
      )}
    />
  );
}

function Borders({
  unavailable,
  ...props
}: Omit<Parameters<typeof BorderMapFrame>[0], 'rows'> & {
  layout: HexJson;
  unavailable: ReadonlyMap<string, string>;
}) {
  const rows = useBorderRows(props.feed, props.borders, unavailable);
  return <BorderMapFrame {...props} rows={rows} />;
}
