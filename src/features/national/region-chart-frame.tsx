import { memo } from 'react';
import { RegionBarChart } from '../../components/charts/region-bar-chart';
import { ChartFrame } from '../../components/frame/chart-frame';
import { frameTable } from '../../components/frame/frame-table';
import type { DataColumn } from '../../components/table/data-table';
import { regionNameColumn } from '../../components/table/name-columns';
import { numberColumn } from '../../components/table/value-columns';
import { ComparisonLabel } from '../../components/ui/comparison-label';
import type { RegionRow } from '../../domain/charts/region-rows';
import type { Feed } from '../../domain/feed/feed-schema';
import { csvNumber, formatScore } from '../../domain/format/format-number';
import { formatQuarter } from '../../domain/periods/quarter';
import { fileSlug } from '../../lib/file-name';
import type { ExportSource } from '../../lib/export-source';
import { comparedWithText, feedPlace } from '../../domain/feed/feed-place';
import type { FeedPlace } from '../../domain/feed/feed-place';
import { anyRegionShort } from '../../domain/mesh/region-basis';
import type { ProductBasis } from '../../domain/mesh/region-basis';

/** "4 of 5": shown only when some region's figure rests on fewer than all its products. */
const basisColumn = (basis: ReadonlyMap<string, ProductBasis>): DataColumn<RegionRow> => {
  const text = (row: RegionRow) => {
    const own = basis.get(row.code);
    return own ? `${own.loaded} of ${own.total}` : '';
  };
  return { key: 'products', header: 'Data products with data', cell: text, csv: text };
};

/** Names each region whose figure rests on fewer than all its products ("London 4 of 5"). */
function basisSentence(basis: ReadonlyMap<string, ProductBasis>, feed: Feed): string {
  const names = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const short = [...basis]
    .filter(([, { loaded, total }]) => loaded < total)
    .map(([code, { loaded, total }]) => `${names.get(code) ?? code} ${loaded} of ${total}`);
  return short.length === 0
    ? ''
    : ` Some figures are based on fewer than all their region’s data products: ${short.join(', ')}.`;
}

const columnsFor = (place: FeedPlace): DataColumn<RegionRow>[] => [
  regionNameColumn(),
  numberColumn(
    'value',
    'Readiness',
    (row) => row.value,
    (value) => formatScore(value, '–'),
    { csv: (row) => csvNumber(row.value, 1) },
  ),
  numberColumn(
    'systems',
    'Systems',
    (row) => row.systems,
    (count) => count,
  ),
  {
    key: 'england',
    header: comparedWithText(place),
    cell: (row) => <ComparisonLabel comparison={row.vsEngland} />,
    csv: (row) => row.vsEngland,
  },
];

/**
 * Each region's population-weighted readiness against the national figure, in a chart frame.
 * Memoised, and reads no URL or context of its own: a change of metric leaves its props as they
 * were, and redrawing the chart anyway re-ran every recharts store update (about 400 ms in one
 * task at a phone's CPU rate; issue 15).
 */
export const RegionChartFrame = memo(function RegionChartFrame({
  feed,
  rows,
  england,
  period,
  source,
  basis = new Map(),
}: {
  feed: Feed;
  rows: readonly RegionRow[];
  england: number | null;
  period: string;
  /**
   * The source line, from the caller: reading it here (from the URL's weights) would redraw the
   * memoised frame on every change of the URL.
   */
  source: ExportSource;
  /** For a mesh: each region's data products, and how many gave data. */
  basis?: ReadonlyMap<string, ProductBasis>;
}) {
  const place = feedPlace(feed.metadata);
  const top = rows.find((row) => row.value !== null);
  const bottom = rows.findLast((row) => row.value !== null);
  const summary =
    top && bottom && top.value !== null && bottom.value !== null
      ? `${top.name} is highest (${formatScore(top.value)}) and ${bottom.name} lowest (${formatScore(bottom.value)}); ${place.national} is ${formatScore(england, 'not scored')}.`
      : 'No region has a score in this quarter.';
  const short = anyRegionShort(basis);
  return (
    <ChartFrame
      id="region-chart"
      title={`Readiness by ${place.region}`}
      subtitle={`Overall readiness, population-weighted, ${formatQuarter(period)}`}
      summary={short ? `${summary}${basisSentence(basis, feed)}` : summary}
      fileName={fileSlug('readiness', 'regions', period)}
      source={source}
      {...frameTable({
        caption: `Readiness of each ${place.region}, ${formatQuarter(period)}`,
        columns: short ? [...columnsFor(place), basisColumn(basis)] : columnsFor(place),
        rows,
        rowKey: (row) => row.code,
      })}
      about={
        <p>
          A region’s readiness is the mean of its systems’ scores weighted by their populations, so
          a large system counts for more. The dashed line is the figure for {place.nationalInText},
          computed the same way. Higher or lower means more than 5 points from{' '}
          {place.nationalInText}.
        </p>
      }
    >
      <RegionBarChart rows={rows} england={england} nationalLabel={place.national} />
    </ChartFrame>
  );
});
