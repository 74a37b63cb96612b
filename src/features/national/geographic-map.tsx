import { useBoundaries } from '../../api/boundaries-query';
import { GeoChoropleth } from '../../components/maps/geo-choropleth';
import { LoadingStatus } from '../../components/ui/loading-status';
import { NO_DATA_FILL } from '../../domain/charts/chart-theme';
import { areaByHexId } from '../../domain/charts/hex-map-model';
import type { HexAreaModel } from '../../domain/charts/hex-map-model';

/**
 * The same values on the real ICB boundaries, when a boundaries file is installed (by whoever
 * runs the site, with `npm run boundaries:fetch`; readers are never told to run it). Boundaries
 * are of the April 2023 ICBs; in a later geography each one is coloured as the system that took
 * most of its population, as on the hex map.
 */
export function GeographicMap({
  areas,
  title,
  onActivate,
}: {
  areas: readonly HexAreaModel[];
  title: string;
  onActivate: (code: string) => void;
}) {
  const state = useBoundaries();
  if (state.status === 'loading') return <LoadingStatus label="Loading the boundaries…" />;
  if (state.status !== 'available') {
    return (
      <div className="nhsuk-inset-text">
        <p>
          The geographic map is not available on this site: {state.reason}. The hex map shows the
          same values.
        </p>
      </div>
    );
  }
  const byHex = areaByHexId(areas);
  return (
    <div className="app-geo-map">
      <GeoChoropleth
        features={state.features}
        width={480}
        height={560}
        title={title}
        fillFor={(code) => byHex.get(code)?.fill ?? NO_DATA_FILL}
        labelFor={(code) => byHex.get(code)?.label ?? code}
        onActivate={(code) => {
          const area = byHex.get(code);
          if (area) onActivate(area.code);
        }}
      />
      <p className="nhsuk-body-s">
        Boundaries: Source: Office for National Statistics licensed under the Open Government
        Licence v.3.0. Contains OS data © Crown copyright and database right 2023.
      </p>
    </div>
  );
}
