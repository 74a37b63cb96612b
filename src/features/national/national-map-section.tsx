import { Suspense, lazy, startTransition, useId, useMemo, useOptimistic } from 'react';
import { MapFrame } from '../../components/maps/map-frame';
import { buildHexMapModel } from '../../domain/charts/hex-map-model';
import type { MapView } from '../../domain/charts/hex-map-model';
import type { MapDatum } from '../../domain/charts/map-model';
import { mapSummary } from '../../domain/charts/map-summary';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatPercent } from '../../domain/format/format-number';
import { LOW_CONFIDENCE_BELOW } from '../../domain/scoring/score-system';
import type { HexJson } from '../../domain/geography/hexjson';
import { AppLink } from '../../components/ui/app-link';
import { useOpenProfile } from '../../lib/embed/use-open-profile';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { useBoundariesAvailable } from '../../api/boundaries-query';
import { usePeriodLayout } from '../../api/period-layout-query';
import { comparedWithText, feedPlace } from '../../domain/feed/feed-place';
import { LoadingStatus } from '../../components/ui/loading-status';

// d3-geo draws only the geographic map, which few readers open: it loads when they do (issue 15).
const GeographicMap = lazy(async () => ({
  default: (await import('./geographic-map')).GeographicMap,
}));

/** The hex map of the chosen metric and period, and the same values as a sortable table. */
export function NationalMapSection({
  feed,
  layout,
  data,
  period,
  view,
  what,
  fileWhat,
  periodLabel,
}: {
  feed: Feed;
  layout: HexJson;
  data: readonly MapDatum[];
  period: string;
  view: MapView;
  what: string;
  /** The metric's short name for file names: "readiness", a category or a standard id. */
  fileWhat: string;
  periodLabel: string;
}) {
  const source = useExportSource(feed);
  const place = feedPlace(feed.metadata);
  const geoId = useId();
  const geoAvailable = useBoundariesAvailable();
  const write = useUrlWriter();
  // The box shows the reader's click at once, while the URL change (a router transition) lands.
  const [geographic, setShownGeographic] = useOptimistic(useUrlParam('map') === 'geo');
  const setGeographic = (on: boolean) =>
    startTransition(() => {
      setShownGeographic(on);
      write({ map: on ? 'geo' : 'hex' }, { replace: true });
    });
  const open = useOpenProfile();
  const regionNames = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  // A large feed's systems are placed on the hexes in the feed worker, before the model asks.
  usePeriodLayout(layout, feed, period);
  const model = useMemo(
    () => buildHexMapModel(layout, feed, period, data, view),
    [layout, feed, period, data, view],
  );
  const Title = capitalise(what);
  return (
    <section>
      {/* Offered only once a usable boundaries file has loaded: no file, no choice. */}
      {geoAvailable ? (
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
      ) : null}
      <MapFrame
        id="readiness-map"
        title={`${Title} by system`}
        subtitle={`${Title}${view === 'compare' ? ` compared with ${place.nationalInText}` : ''}, ${periodLabel}`}
        periodLabel={periodLabel}
        summary={mapSummary(data, feed.geography.regions, what)}
        legendTitle={view === 'compare' ? comparedWithText(place) : `${Title} (0 to 100)`}
        valueHeading={what === 'readiness' ? 'Readiness' : 'Score'}
        model={model}
        data={data}
        fileName={fileSlug(fileWhat, 'map', period)}
        source={source}
        regionName={(code) => regionNames.get(code) ?? code}
        comparedWith={comparedWithText(place)}
        onActivate={open}
        about={<MapAbout />}
        instead={
          geographic && geoAvailable ? (
            <Suspense fallback={<LoadingStatus label="Loading the geographic map…" />}>
              <GeographicMap
                areas={model.areas}
                title={`${Title} by system on the real boundaries, ${periodLabel}`}
                onActivate={open}
              />
            </Suspense>
          ) : undefined
        }
      />
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function MapAbout() {
  return (
    <>
      <p>
        Each hexagon is one Integrated Care System, placed near its real position; every system gets
        the same space, however large its area. Darker colours are higher scores; the bands are the
        same in every quarter, and the key gives each band’s range and how many systems are in it.
        Hatched systems reported less than {formatPercent(LOW_CONFIDENCE_BELOW)} of what the score
        weighs, so their score is less certain.
      </p>
      <p>
        Use the arrow keys to move between systems and Enter to open one. Ranks come with a 90%
        interval from re-scoring under varied weights.{' '}
        <AppLink to="/methodology">How the scores are made</AppLink>.
      </p>
    </>
  );
}
