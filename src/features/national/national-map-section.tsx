import { startTransition, useId, useMemo, useOptimistic } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { HexMapFigure } from '../../components/maps/hex-map-figure';
import { buildHexMapModel } from '../../domain/charts/hex-map-model';
import type { MapView } from '../../domain/charts/hex-map-model';
import type { MapDatum } from '../../domain/charts/map-model';
import { mapSummary } from '../../domain/charts/map-summary';
import type { Feed } from '../../domain/feed/feed-schema';
import type { HexJson } from '../../domain/geography/hexjson';
import { keepGlobalParams } from '../../lib/global-params';
import { useSearchUpdater } from '../../lib/use-search-updater';
import { GeographicMap } from './geographic-map';
import { MapDataTable } from '../../components/maps/map-data-table';

/** The hex map of the chosen metric and period, and the same values as a sortable table. */
export function NationalMapSection({
  feed,
  layout,
  data,
  period,
  view,
  what,
  periodLabel,
}: {
  feed: Feed;
  layout: HexJson;
  data: readonly MapDatum[];
  period: string;
  view: MapView;
  what: string;
  periodLabel: string;
}) {
  const tableId = useId();
  const geoId = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  // The box shows the reader's click at once, while the URL change (a router transition) lands.
  const [geographic, setShownGeographic] = useOptimistic(params.get('map') === 'geo');
  const setGeographic = (on: boolean) =>
    startTransition(() => {
      setShownGeographic(on);
      update(
        (next) => {
          if (on) next.set('map', 'geo');
          else next.delete('map');
          return next;
        },
        { replace: true },
      );
    });
  const open = (code: string) =>
    void navigate({
      pathname: `/systems/${encodeURIComponent(code)}`,
      search: keepGlobalParams(window.location.search),
    });
  const regionNames = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const model = useMemo(
    () => buildHexMapModel(layout, feed, period, data, view),
    [layout, feed, period, data, view],
  );
  const Title = capitalise(what);
  return (
    <section>
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-control">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={geoId}
            type="checkbox"
            checked={geographic}
            onChange={(event) => setGeographic(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={geoId}>
            Geographic map (real boundaries; the hex map gives every system the same space)
          </label>
        </div>
      </div>
      <HexMapFigure
        title={`${Title} by system, ${periodLabel}`}
        summary={mapSummary(data, feed.geography.regions, what)}
        legendTitle={view === 'compare' ? 'Compared with England' : `${Title} (0 to 100)`}
        model={model}
        tableId={tableId}
        onActivate={open}
        instead={
          geographic ? (
            <GeographicMap
              areas={model.areas}
              title={`${Title} by system on the real boundaries, ${periodLabel}`}
              onActivate={open}
            />
          ) : undefined
        }
      />
      <MapDataTable
        id={tableId}
        rows={data}
        caption={`${Title} of ${data.length} systems, ${periodLabel}`}
        valueHeading={what === 'readiness' ? 'Readiness' : 'Score'}
        regionName={(code) => regionNames.get(code) ?? code}
      />
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
