import { useHexLayout } from '../../api/hex-layout-query';
import type { HexJson } from '../../domain/geography/hexjson';
import { BorderMapFrame, useBorderRows } from './border-map-frame';
import { borderProps } from './divides-drawn';
import { EmbedDividesFrame } from './embed-divides';

/** The cross-border map alone, for an iframe: the Divides page's own frame and rows. */
export function EmbedBordersPage() {
  const layout = useHexLayout();
  return (
    <EmbedDividesFrame
      chart="cross-border interoperability"
      render={(view) => <Borders layout={layout} {...borderProps(view)} />}
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
