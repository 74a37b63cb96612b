import { useFeedPlace } from '../../api/use-feed-place';
import { SERIES_STYLES } from '../../components/charts/chart-series-styles';
import { TrendChart } from '../../components/charts/trend-chart';
import { ChartFrame } from '../../components/frame/chart-frame';
import { frameTable } from '../../components/frame/frame-table';
import type { DataColumn } from '../../components/table/data-table';
import {
  boundaryChange,
  chartLines,
  compareTrendSeries,
  compareTrendSummary,
  trendTableRows,
} from '../../domain/compare/compare-trend';
import type { CompareSeries, TrendTableRow } from '../../domain/compare/compare-trend';
import type { Feed } from '../../domain/feed/feed-schema';
import { csvNumber, formatScore } from '../../domain/format/format-number';
import { formatQuarter } from '../../domain/periods/quarter';
import type { FeedScores } from '../../domain/scoring/score-types';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';

function trendColumns(series: readonly CompareSeries[]): DataColumn<TrendTableRow>[] {
  return [
    {
      key: 'period',
      header: 'Quarter',
      rowHeader: true,
      cell: (row) => formatQuarter(row.period),
      csv: (row) => row.period,
    },
    ...series.map((line, index): DataColumn<TrendTableRow> => ({
      key: line.key,
      header: line.label,
      numeric: true,
      cell: (row) => {
        const value = row.values[index] ?? null;
        if (value === null) return <span className="app-muted">No data</span>;
        return (
          <>
            {formatScore(value)}
            {row.rebased[index] ? <span className="app-muted"> (rebased)</span> : null}
          </>
        );
      },
      // One decimal in the CSV: enough to compare, no false precision.
      csv: (row) => csvNumber(row.values[index] ?? null, 1),
    })),
  ];
}

/** The chosen systems' readiness over time, with the national line, in a chart frame with its table. */
export function CompareTrendSection({
  feed,
  scores,
  codes,
  period,
}: {
  feed: Feed;
  scores: FeedScores;
  codes: readonly string[];
  period: string;
}) {
  const source = useExportSource(feed);
  const place = useFeedPlace();
  const all = compareTrendSeries(feed, scores, codes, period);
  const { lines, englandShown } = chartLines(all, SERIES_STYLES.length);
  const rows = trendTableRows(lines);
  const columns = trendColumns(lines);
  const anyRebased = rows.some((row) => row.rebased.some(Boolean));
  const boundary = boundaryChange(lines);
  return (
    <ChartFrame
      id="compare-trend"
      title="Readiness over time"
      summary={compareTrendSummary(all)}
      subtitle={`Overall readiness, ${rows[0]?.period ?? period} to ${period}`}
      fileName={fileSlug('compare-trend', period)}
      source={source}
      {...frameTable({
        caption: `Overall readiness of each system and ${place.nationalInText}, by quarter`,
        columns,
        rows,
        rowKey: (row) => row.period,
      })}
      about={
        <>
          <p>
            Each line is a system’s overall readiness (0 to 100) in each quarter, scored with the
            weights in use; the {place.nationalInText} line is the population-weighted average of
            every system.
          </p>
          {anyRebased ? (
            <p>
              Quarters marked “rebased” come from before a system began: they are rebuilt from the
              systems it was made from, weighted by the residents each contributed.
            </p>
          ) : null}
          <p>A system that ended has no line after its last quarter.</p>
          {englandShown ? null : (
            <p>
              The {place.nationalInText} line is left out of this chart when {codes.length} systems
              are shown, so that every line keeps a colour and pattern of its own; its value is in
              the summary above.
            </p>
          )}
        </>
      }
    >
      <TrendChart
        series={lines.map((line) => ({
          key: line.key,
          label: line.label,
          points: line.points.map((point) => ({ period: point.period, value: point.value })),
        }))}
        marker={boundary ? { period: boundary, label: 'New boundaries' } : undefined}
      />
    </ChartFrame>
  );
}
