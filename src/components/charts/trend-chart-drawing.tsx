import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatScore } from '../../domain/format/format-number';
import { GRID, INK, WHITE } from '../../domain/charts/chart-theme';
import { TREND_CHART_HEIGHT } from './chart-heights';
import { LineSample } from './chart-marker';
import { scoreScale } from './chart-scale';
import { GAPPED_LINE, PeriodMarker } from './period-line-parts';
import type { ScoreScale } from './chart-scale';
import { seriesStyle } from './chart-series-styles';
import { spreadLabels } from './end-label-layout';
import { removeTabStops } from './remove-tab-stops';
import './trend-chart.css';

export interface TrendChartSeries {
  key: string;
  label: string;
  points: readonly { period: string; value: number | null }[];
  emphasis?: boolean;
}

const HEIGHT = TREND_CHART_HEIGHT;
const MARGIN = { top: 24, right: 16, bottom: 8, left: 0 };
const X_AXIS_HEIGHT = 30;
const PLOT_TOP = MARGIN.top;
const PLOT_BOTTOM = HEIGHT - MARGIN.bottom - X_AXIS_HEIGHT;
const LABEL_GAP = 20;
const TEXT = INK;

/** The pixel height of a score in the plot: the axis is set here, so labels can be placed. */
function yOf(value: number, scale: ScoreScale): number {
  const share = (value - scale.low) / (scale.high - scale.low);
  return PLOT_TOP + (1 - share) * (PLOT_BOTTOM - PLOT_TOP);
}

function lastPoint(series: TrendChartSeries) {
  return series.points.findLast((point) => point.value !== null) ?? null;
}

/**
 * Scores (0-100) over quarters, one line per series, told apart by colour, dash pattern and a
 * label at the end of each line (a key under the chart on a phone), never colour alone. An
 * optional marker draws a vertical line at one quarter (a boundary change, say). The axis may
 * start above 0 when every value is high (chart-scale.ts). Hidden from
 * assistive technology: its frame's summary and Table tab carry the content.
 */
export function TrendChartDrawing({
  series,
  marker,
}: {
  series: readonly TrendChartSeries[];
  marker?: { period: string; label: string };
}) {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const data = periods.map((period) => {
    const row: Record<string, string | number | null> = { period };
    series.forEach((s, i) => {
      row[`s${i}`] = s.points.find((p) => p.period === period)?.value ?? null;
    });
    return row;
  });
  const scale = scoreScale(series.flatMap((s) => s.points.map((p) => p.value)));
  const ends = series.map(lastPoint);
  const labelY = spreadLabels(
    ends.map((end) => (end?.value === null || end === null ? PLOT_BOTTOM : yOf(end.value, scale))),
    LABEL_GAP,
    PLOT_TOP,
    PLOT_BOTTOM,
  );
  return (
    <div className="app-trend-chart" aria-hidden="true" ref={removeTabStops}>
      <div className="app-trend-chart__plot">
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={data} accessibilityLayer={false} margin={MARGIN}>
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis
              dataKey="period"
              height={X_AXIS_HEIGHT}
              tick={{ fill: TEXT, fontSize: 14 }}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis
              domain={[scale.low, scale.high]}
              ticks={scale.ticks}
              allowDataOverflow
              width={40}
              tick={{ fill: TEXT }}
            />
            {marker ? <PeriodMarker x={marker.period} text={marker.label} fontSize={14} /> : null}
            {/* Drawn last to first, so the first series (the subject) sits on top. */}
            {series
              .map((s, i) => ({ s, i }))
              .reverse()
              .map(({ s, i }) => {
                const style = seriesStyle(i);
                return (
                  <Line
                    key={s.key}
                    dataKey={`s${i}`}
                    stroke={style.colour}
                    strokeWidth={s.emphasis ? 4 : 2}
                    strokeDasharray={style.dash}
                    dot={false}
                    {...GAPPED_LINE}
                  />
                );
              })}
            {ends.map((end, i) =>
              end && end.value !== null ? (
                <ReferenceDot
                  key={series[i]!.key}
                  x={end.period}
                  y={end.value}
                  r={4}
                  fill={seriesStyle(i).colour}
                  stroke={WHITE}
                />
              ) : null,
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ul className="app-trend-chart__labels" style={{ height: HEIGHT }}>
        {series.map((s, i) => {
          const style = seriesStyle(i);
          const end = ends[i];
          return (
            <li
              key={s.key}
              className={`app-trend-chart__label${s.emphasis ? ' app-trend-chart__label--emphasis' : ''}`}
              // A share of the plot's height, not pixels: on paper the plot is scaled to fit the
              // column and the labels must still meet their lines (print.css).
              style={{ top: `${((labelY[i] ?? 0) / HEIGHT) * 100}%` }}
            >
              <LineSample colour={style.colour} dash={style.dash} />
              {/* Long names are cut short here (the Table tab has them whole); the value stays. */}
              <span className="app-trend-chart__name">{s.label}</span>
              {end && end.value !== null ? <span>{formatScore(end.value)}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
