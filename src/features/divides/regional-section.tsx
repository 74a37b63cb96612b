import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
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
import { ACCENT_PURPLE, GRID, INK } from '../../domain/charts/chart-theme';
import { removeTabStops } from '../../components/charts/remove-tab-stops';

const share = (p: RegionalSplitPoint) =>
  p.split?.betweenShare == null ? null : p.split.betweenShare * 100;

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
  const data = points.map((p) => ({ period: p.period, share: share(p) }));
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
        <ResponsiveContainer width="100%" height={240}>
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
          >
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis
              dataKey="period"
              tick={{ fill: INK, fontSize: 12 }}
              interval="preserveStartEnd"
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              unit="%"
              tick={{ fill: INK, fontSize: 12 }}
              width={48}
            />
            <ReferenceLine
              y={50}
              stroke={INK}
              strokeDasharray="4 3"
              label={{ value: 'Half', position: 'insideTopLeft', fill: INK }}
            />
            <Line
              dataKey="share"
              stroke={ACCENT_PURPLE}
              strokeWidth={2.5}
              dot={{ r: 3.5, fill: ACCENT_PURPLE }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
