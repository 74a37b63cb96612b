import { MeasureTrendChart } from '../../../components/charts/measure-trend-chart';
import type { MeasureTrendChartRow } from '../../../components/charts/measure-trend-chart-drawing';
import { ChartFrame } from '../../../components/frame/chart-frame';
import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import { tableCsv } from '../../../components/table/table-csv';
import type { Feed, Measure, System } from '../../../domain/feed/feed-schema';
import {
  formatMeasureNumber,
  statisticsStatusLabel,
} from '../../../domain/measures/measure-format';
import type { MeasureTrend, MeasureTrendRow } from '../../../domain/measures/measure-trend';
import { formatPeriod, shortPeriodLabel } from '../../../domain/periods/period';
import { exportSource } from '../../../lib/export-source';
import { fileSlug } from '../../../lib/file-name';

/** The words that mark an estimate, in the table, the key and the CSV alike. */
export const ESTIMATED_WORDS = 'estimated from predecessors (crosswalk)';

/** The number alone (the unit is in the column's header), or why there is none. */
function numberCell(measure: Measure, value: number | null): string {
  return value === null ? 'No value published' : formatMeasureNumber(measure, value);
}

function systemCell(measure: Measure, row: MeasureTrendRow, names: Map<string, string>) {
  if (row.value !== null) {
    const value = numberCell(measure, row.value);
    return row.estimated ? `${value}, ${ESTIMATED_WORDS}` : value;
  }
  if (!row.estimated) return 'No value published';
  const missing = row.missing.map((code) => names.get(code) ?? code).join(', ');
  return `Cannot be judged: no value for ${missing}`;
}

function columns(
  measure: Measure,
  systemName: string,
  national: string,
  names: Map<string, string>,
): DataColumn<MeasureTrendRow>[] {
  return [
    { key: 'period', header: 'Period', rowHeader: true, cell: (row) => formatPeriod(row.period) },
    {
      key: 'system',
      header: `${systemName} (${measure.unit})`,
      numeric: true,
      cell: (row) => systemCell(measure, row, names),
      csv: (row) => row.value,
    },
    {
      key: 'national',
      header: `${national} (${measure.unit})`,
      numeric: true,
      cell: (row) => numberCell(measure, row.national),
      csv: (row) => row.national,
    },
  ];
}

/** The CSV says which values are estimates in a column of its own, for analysts to filter on. */
const ESTIMATED_COLUMN: DataColumn<MeasureTrendRow> = {
  key: 'estimated',
  header: 'Estimated from predecessors (crosswalk)',
  cell: (row) => (row.estimated ? 'yes' : 'no'),
};

/** Axis numbers: whole ones without decimals ("300", not "300.0"), as the measure writes others. */
function tickText(measure: Measure, value: number): string {
  return measure.kind !== 'share' && Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : formatMeasureNumber(measure, value);
}

function chartRows(rows: readonly MeasureTrendRow[]): MeasureTrendChartRow[] {
  return rows.map((row) => ({
    period: row.period,
    label: shortPeriodLabel(row.period),
    own: row.estimated ? null : row.value,
    estimated: row.estimated ? row.value : null,
    national: row.national,
  }));
}

/**
 * One measure's trend for a system beside the nation, in the shared chart frame: a chart with
 * the unit on its axis, the sentence in words, and a Table tab. The source line names the
 * measure's publisher and licence, not the readiness feed's, since the numbers are theirs.
 */
export function MeasureTrendFrame({
  feed,
  measure,
  system,
  national,
  trend,
}: {
  feed: Pick<Feed, 'metadata' | 'geography'>;
  measure: Measure;
  system: System;
  national: string;
  trend: MeasureTrend;
}) {
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  const cols = columns(measure, system.shortName, national, names);
  const firstOwn = trend.rows.find((row) => !row.estimated);
  const source = {
    ...exportSource(feed.metadata, false),
    publisher: measure.publisher,
    licence: measure.licence.name,
  };
  const monthly = measure.frequency === 'month';
  return (
    <ChartFrame
      id={`measure-trend-${measure.id}`}
      title={monthly ? 'Month by month' : 'Period by period'}
      headingLevel={3}
      subtitle={`${system.shortName} and ${national}, ${measure.unit}. Published by ${measure.publisher}; ${statisticsStatusLabel(measure.statisticsStatus).toLowerCase()}`}
      summary={trend.summary}
      fileName={fileSlug('measure', measure.id, system.shortName)}
      source={source}
      csv={tableCsv([...cols, ESTIMATED_COLUMN], trend.rows)}
      table={
        <DataTable
          caption={`${measure.name}, ${system.shortName}, each period, with ${national}`}
          captionSize="s"
          columns={cols}
          rows={trend.rows}
          rowKey={(row) => row.period}
          sortable={false}
        />
      }
      about={
        <>
          <p>
            {system.shortName}’s published values and {national}’s, from every system’s summed
            numerators and denominators. A missing period is a gap in the line, never a zero.
          </p>
          {trend.estimated ? (
            <p>
              Periods before {system.shortName} began are {ESTIMATED_WORDS}: each predecessor gives
              the share of its population that moved to {system.shortName}, assuming use was spread
              evenly across that population. They are drawn dotted with hollow dots. If any
              predecessor has no value, the estimate cannot be judged and is left out.
            </p>
          ) : null}
        </>
      }
    >
      <MeasureTrendChart
        rows={chartRows(trend.rows)}
        names={{
          own: system.shortName,
          estimated: trend.estimated ? `${system.shortName}, ${ESTIMATED_WORDS}` : null,
          national,
        }}
        unit={measure.unit}
        formatTick={(value) => tickText(measure, value)}
        change={
          trend.estimated && firstOwn
            ? { label: shortPeriodLabel(firstOwn.period), text: `${system.shortName} began` }
            : null
        }
      />
    </ChartFrame>
  );
}
