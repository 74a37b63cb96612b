import { ChartFrame } from '../../components/frame/chart-frame';
import { frameTable } from '../../components/frame/frame-table';
import type { DataColumn } from '../../components/table/data-table';
import { numberColumn, periodColumn } from '../../components/table/value-columns';
import type { Feed } from '../../domain/feed/feed-schema';
import type { DivideTrend, DispersionPoint } from '../../domain/divides/widening';
import { formatPeriod } from '../../domain/periods/period';
import { fileSlug } from '../../lib/file-name';
import { useExportSource } from '../../lib/use-export-source';
import { fixed, verdictText } from './divides-format';
import { removeTabStops } from '../../components/charts/remove-tab-stops';
import { QuarterLineDrawing, zeroBasedTicks } from './quarter-line-drawing';
import { NHS_BLUE } from '../../domain/charts/chart-theme';
import { SMALL_MULTIPLE_FRAME, formatAxisValue } from '../../domain/divides/quarter-line-layout';

type Stat = 'range' | 'iqr' | 'gini' | 'cv';

const PANELS: { stat: Stat; title: string }[] = [
  { stat: 'iqr', title: 'Gap between top and bottom quarter (IQR, points)' },
  { stat: 'range', title: 'Range, highest minus lowest (points)' },
  { stat: 'gini', title: 'Gini coefficient, population-weighted' },
  { stat: 'cv', title: 'Coefficient of variation' },
];

const num = (key: Stat | 'count' | 'median', header: string, digits: number) =>
  numberColumn<DispersionPoint>(
    key,
    header,
    (row) => row[key],
    (v) => fixed(v, digits),
  );

const columns: DataColumn<DispersionPoint>[] = [
  periodColumn((r) => r.period),
  num('count', 'Systems', 0),
  num('median', 'Median', 1),
  num('range', 'Range', 1),
  num('iqr', 'IQR', 1),
  num('gini', 'Gini', 3),
  num('cv', 'CV', 3),
];

function SmallMultiple({
  series,
  stat,
  title,
}: {
  series: readonly DispersionPoint[];
  stat: Stat;
  title: string;
}) {
  const data = series.map((p) => ({ period: p.period, value: p[stat] }));
  return (
    <figure className="app-divides-multiple">
      <figcaption className="nhsuk-body-s app-divides-multiple__title">{title}</figcaption>
      <QuarterLineDrawing
        points={data}
        ticks={zeroBasedTicks(data)}
        formatTick={formatAxisValue}
        frame={SMALL_MULTIPLE_FRAME}
        colour={NHS_BLUE}
        strokeWidth={2}
        dotRadius={3}
      />
    </figure>
  );
}

/** Four measures of spread over time for the chosen measure, as small multiples and a table. */
export function DispersionSection({
  feed,
  trend,
  what,
  period,
}: {
  feed: Feed;
  trend: DivideTrend | null;
  what: string;
  period: string;
}) {
  const source = useExportSource(feed);
  const series = trend?.series ?? [];
  const first = series.find((p) => p.iqr !== null);
  const last = series.at(-1);
  const summary =
    first && last && first.iqr !== null && last.iqr !== null
      ? `The gap between the top and bottom quarter of systems on ${what} went from ${fixed(first.iqr, 1)} points in ${formatPeriod(first.period)} to ${fixed(last.iqr, 1)} in ${formatPeriod(last.period)}; the Gini coefficient from ${fixed(first.gini, 3)} to ${fixed(last.gini, 3)}. Verdict: ${verdictText(trend)}.`
      : `No system has a value for ${what} in the quarters up to ${formatPeriod(period)}.`;
  return (
    <ChartFrame
      id="dispersion"
      title="How far apart systems are, over time"
      subtitle={`${what.charAt(0).toUpperCase()}${what.slice(1)}, quarters up to ${formatPeriod(period)}`}
      summary={summary}
      fileName={fileSlug('divides', 'dispersion', trend?.key.replace(':', '-'), period)}
      source={source}
      {...frameTable({
        caption: `Spread of ${what} across systems, each quarter to ${formatPeriod(period)}`,
        columns,
        rows: series,
        rowKey: (r) => r.period,
      })}
      about={
        <>
          <p>
            Range is the highest minus the lowest system; the inter-quartile range (IQR) is the gap
            between the systems a quarter of the way from the top and from the bottom, so one
            outlier cannot move it. The Gini coefficient (0 all equal, 1 all in one system) weights
            each system by its residents. The coefficient of variation is the standard deviation
            over the mean, so spreads at different levels compare.
          </p>
          <p>
            A divide is widening when the IQR grows by at least 1 point a year, or the Gini by 0.01
            a year, over at least 5 quarters, by a Theil-Sen slope whose 95% interval excludes no
            change.
          </p>
        </>
      }
    >
      <div aria-hidden="true" className="app-divides-multiples" ref={removeTabStops}>
        {PANELS.map((panel) => (
          <SmallMultiple key={panel.stat} series={series} {...panel} />
        ))}
      </div>
    </ChartFrame>
  );
}
