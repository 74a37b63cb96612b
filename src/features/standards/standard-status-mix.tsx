import { StatusMixChart } from '../../components/charts/status-mix-chart';
import { StatusMixTable } from '../../components/charts/status-mix-table';
import { ChartFrame } from '../../components/frame/chart-frame';
import { ADOPTION_STATUSES, STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import type { StatusMixRow } from '../../domain/tables/standard-detail';
import { statusMixSummary } from '../../domain/tables/standard-summary';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';

/** The status mix over time in a chart frame: the chart, its summary and the numbers. */
export function StandardStatusMix({
  feed,
  rows,
  period,
  name,
  standardId,
}: {
  feed: Feed;
  rows: readonly StatusMixRow[];
  period: string;
  name: string;
  standardId: string;
}) {
  const source = useExportSource(feed);
  return (
    <ChartFrame
      id="status-mix"
      title="Adoption over time"
      subtitle={`Systems by adoption status of ${name}, to ${formatQuarter(period)}`}
      summary={statusMixSummary(rows, period)}
      fileName={fileSlug(standardId, 'adoption', period)}
      source={source}
      csv={{
        header: ['Quarter', 'Systems reporting', ...ADOPTION_STATUSES.map((s) => STATUS_LABELS[s])],
        rows: rows.map((row) => [
          row.period,
          row.reported,
          ...ADOPTION_STATUSES.map((status) => row[status]),
        ]),
      }}
      table={<StatusMixTable rows={rows} caption={`Systems by adoption status of ${name}`} />}
      about={
        <p>
          Each bar counts the systems that reported in that quarter, so its height changes when
          systems stop or start reporting and when ICB boundaries change. Live sits at the bottom of
          each bar so it can be read straight off the scale.
        </p>
      }
    >
      <StatusMixChart rows={rows} />
    </ChartFrame>
  );
}
