import { useMemo } from 'react';
import { ChartFrame } from '../../components/frame/chart-frame';
import { summaryIdOf } from '../../components/frame/frame-ids';
import { HexMapFigure } from '../../components/maps/hex-map-figure';
import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { tableCsv } from '../../components/table/table-csv';
import type { Feed } from '../../domain/feed/feed-schema';
import { feedPlace } from '../../domain/feed/feed-place';
import type { HexJson } from '../../domain/geography/hexjson';
import { measureBins } from '../../domain/measures/measure-bins';
import {
  formatMeasureValue,
  measureLabel,
  measureTitle,
} from '../../domain/measures/measure-format';
import type { MeasureGeography } from '../../domain/measures/measure-geography';
import {
  measureHexModel,
  measureMapRows,
  measureMapSummary,
} from '../../domain/measures/measure-map-model';
import type { MeasureMapRow } from '../../domain/measures/measure-map-model';
import type { MeasureValues } from '../../domain/measures/measure-values';
import { formatPeriod } from '../../domain/periods/period';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { useOpenProfile } from '../../lib/embed/use-open-profile';
import { MeasureSource } from './measure-source';

function columnsFor(values: MeasureValues, regionName: (code: string) => string) {
  const { measure } = values;
  const columns: DataColumn<MeasureMapRow>[] = [
    {
      key: 'name',
      header: 'System',
      rowHeader: true,
      cell: (r) => r.name,
      sortValue: (r) => r.name,
    },
    { key: 'region', header: 'Region', cell: (r) => regionName(r.regionCode) },
    {
      key: 'value',
      header: `Value (${measure.unit})`,
      numeric: true,
      cell: (r) => formatMeasureValue(measure, r.value),
      sortValue: (r) => r.value,
      csv: (r) => r.value,
    },
    {
      key: 'rank',
      header: 'Rank (1 = highest)',
      numeric: true,
      cell: (r) => (r.rank === null ? 'None' : `${r.rank} of ${r.ranked}`),
      sortValue: (r) => r.rank,
      csv: (r) => r.rank,
    },
  ];
  return columns;
}

/** A measure of use on the hex map for one of its periods, with its own scale, source and table. */
export function MeasureMapSection({
  feed,
  layout,
  values,
  period,
  geography,
}: {
  feed: Feed;
  layout: HexJson;
  values: MeasureValues;
  period: string;
  geography: MeasureGeography;
}) {
  const source = useExportSource(feed);
  const place = feedPlace(feed.metadata);
  const open = useOpenProfile();
  const { measure } = values;
  const bins = useMemo(
    () =>
      measureBins(
        measure,
        [...values.bySystem.values()].flat().map((row) => row.value),
      ),
    [measure, values],
  );
  const map = useMemo(
    () => measureMapRows(values, feed, geography, period),
    [values, feed, geography, period],
  );
  const model = useMemo(
    () => measureHexModel(layout, feed, geography, map.rows, bins, values),
    [layout, feed, geography, map, bins, values],
  );
  const regionNames = new Map(feed.geography.regions.map((r) => [r.code, r.name]));
  const columns = columnsFor(values, (code) => regionNames.get(code) ?? code);
  const title = measureTitle(measure, period);
  return (
    <section>
      <MeasureSource measure={measure} geography={geography} systems={map.rows.length} />
      <ChartFrame
        id="measure-map"
        title={`${measureLabel(measure)} by system`}
        subtitle={title}
        summary={measureMapSummary(values, map, formatPeriod(period), place.national)}
        fileName={fileSlug(measure.id, 'map', period)}
        source={source}
        csv={tableCsv(columns, map.rows)}
        about={
          <p>
            Each hexagon is one system of the geography in force in {formatPeriod(period)}. The
            colour classes are fixed for this measure across all its periods, so a colour means the
            same value in every month. A white hexagon with a ring (○) has no value published.
          </p>
        }
        table={
          <DataTable
            caption={`${title}: ${map.rows.length} systems`}
            columns={columns}
            rows={map.rows}
            rowKey={(row) => row.code}
          />
        }
      >
        <HexMapFigure
          title={title}
          summaryId={summaryIdOf('measure-map')}
          legendTitle={`${measureLabel(measure)}`}
          model={model}
          onActivate={open}
        />
      </ChartFrame>
    </section>
  );
}
