import { TrendChart } from '../../../components/charts/trend-chart';
import { ChartFrame } from '../../../components/frame/chart-frame';
import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import { tableCsv } from '../../../components/table/table-csv';
import { formatQuarter } from '../../../domain/periods/quarter';
import type { ProfileModel } from '../../../domain/profile/profile-model';
import type { TrendPoint } from '../../../domain/profile/profile-trend';
import type { ExportSource } from '../../../lib/export-source';
import { fileSlug } from '../../../lib/file-name';
import { csvNumber, formatScore } from '../../../domain/format/format-number';

interface TrendRow {
  period: string;
  points: (TrendPoint | undefined)[];
}

function trendRows(model: ProfileModel): TrendRow[] {
  return model.trend.periods.map((period) => ({
    period,
    points: model.trend.series.map((series) => series.points.find((p) => p.period === period)),
  }));
}

function columns(model: ProfileModel): DataColumn<TrendRow>[] {
  return [
    {
      key: 'period',
      header: 'Quarter',
      rowHeader: true,
      cell: (row) => formatQuarter(row.period),
      sortValue: (row) => row.period,
    },
    ...model.trend.series.map((series, index): DataColumn<TrendRow> => {
      const value = (row: TrendRow) => row.points[index]?.value ?? null;
      return {
        key: series.key,
        header: series.label,
        numeric: true,
        cell: (row) =>
          value(row) === null ? (
            <span className="app-muted">No data</span>
          ) : (
            <>
              {formatScore(value(row))}
              {row.points[index]?.rebased ? <span className="app-muted"> (rebased)</span> : null}
            </>
          ),
        sortValue: value,
        csv: (row) => csvNumber(value(row), 1),
      };
    }),
  ];
}

function summaryOf(model: ProfileModel): string {
  const own = model.trend.series[0]?.points.filter((p) => p.value !== null) ?? [];
  const first = own[0];
  const last = own.at(-1);
  const name = model.system.shortName;
  if (!first || !last || first.value === null || last.value === null)
    return `No readiness scores for ${name} over time.`;
  const marker = model.trend.marker
    ? ` The dashed line marks ${formatQuarter(model.trend.marker.period)} (${model.trend.marker.label}).`
    : '';
  if (first.period === last.period) {
    // One scored quarter: "went from 75 in X to 75 in X" is a change that was never measured.
    return `${name}'s readiness was ${formatScore(last.value)} in ${formatQuarter(last.period)}, shown with ${model.place.nationalInText}, ${model.regionName} and the peer median. Change over time cannot be judged: there is one quarter of scores.${marker}`;
  }
  return `${name}'s readiness went from ${formatScore(first.value)} in ${formatQuarter(first.period)} to ${formatScore(last.value)} in ${formatQuarter(last.period)}, shown with ${model.place.nationalInText}, ${model.regionName} and the peer median.${marker}`;
}

/** The system, England, its region and its peer median over every quarter. */
export function TrendSection({ model, source }: { model: ProfileModel; source: ExportSource }) {
  const rows = trendRows(model);
  const cols = columns(model);
  const rebased = model.trend.series[0]?.points.some((p) => p.rebased) ?? false;
  return (
    <ChartFrame
      id="profile-trend"
      title="Readiness over time"
      summary={summaryOf(model)}
      subtitle="Overall readiness (0 to 100), every quarter"
      fileName={fileSlug('trend', model.system.shortName)}
      source={source}
      csv={tableCsv(cols, rows)}
      table={
        <DataTable
          caption={`${model.system.shortName}: overall readiness by quarter, with ${model.place.nationalInText}, region and peers`}
          captionSize="s"
          columns={cols}
          rows={rows}
          rowKey={(row) => row.period}
        />
      }
      about={
        <>
          <p>
            Overall readiness in each quarter under the weights in use. The national figure and the
            region are population-weighted averages; the peer median is the middle value of the
            current peers' scores in each quarter.
          </p>
          {rebased ? (
            <p>
              Quarters marked “rebased” come from before {model.system.shortName} began: they are
              rebuilt from the systems it was made from, weighted by the residents each contributed.
            </p>
          ) : null}
          {model.system.validTo ? (
            <p>An ended system has no values after its last quarter.</p>
          ) : null}
        </>
      }
    >
      <TrendChart
        series={model.trend.series.map((series) => ({
          key: series.key,
          label: series.label,
          points: series.points,
          emphasis: series.key === 'system',
        }))}
        marker={model.trend.marker ?? undefined}
      />
    </ChartFrame>
  );
}
