import { ChartFrame } from '../../components/frame/chart-frame';
import { frameTable } from '../../components/frame/frame-table';
import type { DataColumn } from '../../components/table/data-table';
import type { RegionalSplitPoint } from '../../domain/divides/regional-split';
import type { Feed } from '../../domain/feed/feed-schema';
import { feedPlace } from '../../domain/feed/feed-place';
import { formatPeriod } from '../../domain/periods/period';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { basisNote, fixed, fixedTo } from './divides-format';
import { numberColumn, periodColumn } from '../../components/table/value-columns';
import { ACCENT_PURPLE } from '../../domain/charts/chart-theme';
import { REGIONAL_FRAME } from '../../domain/divides/quarter-line-layout';
import { QuarterLineDrawing } from './quarter-line-drawing';
import { removeTabStops } from '../../components/charts/remove-tab-stops';

const share = (p: RegionalSplitPoint) =>
  p.split?.betweenShare == null ? null : p.split.betweenShare * 100;

/** The share's axis: 0 to 100%, by quarters. */
const SHARE_TICKS = [0, 25, 50, 75, 100];

const columns: DataColumn<RegionalSplitPoint>[] = [
  periodColumn((p) => p.period),
  numberColumn('total', 'Theil T', (p) => p.split?.total, fixedTo(4)),
  numberColumn('between', 'Between regions', (p) => p.split?.between, fixedTo(4)),
  numberColumn('within', 'Within regions', (p) => p.split?.within, fixedTo(4)),
  numberColumn('share', 'Share between regions (%)', share, fixedTo(0)),
  {
    key: 'dominant',
    header: 'Larger part',
    cell: (p) => p.split?.dominant ?? 'no data',
    csv: (p) => p.split?.dominant ?? null,
  },
];

/** Theil decomposition over time: how much of the inequality lies between regions. */
export function RegionalSection({
  feed,
  points,
  what,
  period,
  basis,
}: {
  feed: Feed;
  points: readonly RegionalSplitPoint[];
  what: string;
  period: string;
  /** "based on 48 of 50 data products" for a partial mesh; null otherwise. */
  basis: string | null;
}) {
  const source = useExportSource(feed);
  const data = points.map((p) => ({ period: p.period, value: share(p) }));
  const last = points.findLast((p) => p.split?.betweenShare != null);
  const first = points.find((p) => p.split?.betweenShare != null);
  const summary =
    last?.split && first?.split
      ? `In ${formatPeriod(last.period)}, ${fixed(share(last), 0)}% of the inequality in ${what} lay between regions and ${fixed(100 - (share(last) ?? 0), 0)}% within them (${fixed(share(first), 0)}% between in ${formatPeriod(first.period)}): mostly ${last.split.dominant}.`
      : `There is no inequality in ${what} to split in the quarters up to ${formatPeriod(period)}.`;
  return (
    <ChartFrame
      id="regional-split"
      title="Regional or local?"
      subtitle={`Share of the inequality in ${what} between ${feedPlace(feed.metadata).region}s, quarters up to ${formatPeriod(period)}`}
      summary={`${summary}${basisNote(basis)}`}
      fileName={fileSlug('divides', 'regional', period)}
      source={source}
      {...frameTable({
        caption: `Theil decomposition of ${what}, each quarter to ${formatPeriod(period)}`,
        columns,
        rows: points,
        rowKey: (p) => p.period,
      })}
      about={
        <p>
          The Theil T index of systems’ scores, weighted by residents, splits exactly into
          inequality between regions (as if every system had its region’s average) and inequality
          within them. Above the 50% line the divide is mostly regional; below it, mostly local,
          between neighbouring systems of the same region.
        </p>
      }
    >
      <div aria-hidden="true" className="app-chart" ref={removeTabStops}>
        <QuarterLineDrawing
          points={data}
          ticks={SHARE_TICKS}
          formatTick={(v) => `${v}%`}
          frame={REGIONAL_FRAME}
          colour={ACCENT_PURPLE}
          strokeWidth={2.5}
          dotRadius={3.5}
          reference={{ value: 50, label: 'Half' }}
        />
      </div>
    </ChartFrame>
  );
}
