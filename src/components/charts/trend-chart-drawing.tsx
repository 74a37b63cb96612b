import { formatScore } from '../../domain/format/format-number';
import { WHITE } from '../../domain/charts/chart-theme';
import {
  alignByPeriod,
  periodLinesLayout,
  plotRows,
  valueY,
} from '../../domain/charts/period-lines-layout';
import type { PeriodLinesFrame } from '../../domain/charts/period-lines-layout';
import { TREND_CHART_HEIGHT } from './chart-heights';
import { LineSample } from './chart-marker';
import { scoreScale } from './chart-scale';
import type { ScoreScale } from './chart-scale';
import { seriesStyle } from './chart-series-styles';
import { spreadLabels } from './end-label-layout';
import {
  PeriodAxes,
  PeriodGrid,
  PeriodMarkerLabel,
  PeriodMarkerRule,
  PeriodTickLabels,
} from './period-line-parts';
import { SvgChart } from './svg-chart';
import { useDrawnWidth } from './use-drawn-width';
import './trend-chart.css';

export interface TrendChartSeries {
  key: string;
  label: string;
  points: readonly { period: string; value: number | null }[];
  emphasis?: boolean;
}

interface TrendChartProps {
  series: readonly TrendChartSeries[];
  marker?: { period: string; label: string };
}

/** The frame recharts drew the trend in: its margins, a 40 px score axis, 14 px quarters. */
const FRAME: PeriodLinesFrame = {
  height: TREND_CHART_HEIGHT,
  margin: { top: 24, right: 16, bottom: 8, left: 0 },
  yAxisWidth: 40,
  labelFontSize: 14,
  minTickGap: 16,
};
const FONT_SIZE = 14;
const LABEL_GAP = 20;

function lastPoint(series: TrendChartSeries) {
  return series.points.findLast((point) => point.value !== null) ?? null;
}

/**
 * Scores (0-100) over quarters, one line per series, told apart by colour, dash pattern and a
 * label at the end of each line (a key under the chart on a phone), never colour alone. An
 * optional marker draws a vertical line at one quarter (a boundary change, say). The axis may
 * start above 0 when every value is high (chart-scale.ts). Drawn as plain SVG from a layout in
 * the domain (period-lines-layout.ts says why). Hidden from assistive technology: its frame's
 * summary and Table tab carry the content.
 */
export function TrendChartDrawing({ series, marker }: TrendChartProps) {
  const [ref, width] = useDrawnWidth();
  const scale = scoreScale(series.flatMap((s) => s.points.map((p) => p.value)));
  const ends = series.map(lastPoint);
  const { top, bottom } = plotRows(FRAME);
  const labelY = spreadLabels(
    ends.map((end) =>
      end === null || end.value === null ? bottom : valueY(end.value, scale.ticks, FRAME),
    ),
    LABEL_GAP,
    top,
    bottom,
  );
  return (
    <div className="app-trend-chart" aria-hidden="true">
      {/* The height is held until the width is known; then the drawing sets it, so on paper,
          where the drawing is scaled to its column, the box and the end labels follow it. */}
      <div
        ref={ref}
        className="app-trend-chart__plot"
        style={width > 0 ? undefined : { height: FRAME.height }}
      >
        {width > 0 ? (
          <TrendChartSvg series={series} marker={marker} scale={scale} width={width} />
        ) : null}
      </div>
      <ul className="app-trend-chart__labels" style={{ height: FRAME.height }}>
        {series.map((s, i) => {
          const style = seriesStyle(i);
          const end = ends[i];
          return (
            <li
              key={s.key}
              className={`app-trend-chart__label${s.emphasis ? ' app-trend-chart__label--emphasis' : ''}`}
              // A share of the plot's height, not pixels: on paper the plot is scaled to fit the
              // column and the labels must still meet their lines (print.css).
              style={{ top: `${((labelY[i] ?? 0) / FRAME.height) * 100}%` }}
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

/** The drawing at a known `width` (the box above measures it). */
export function TrendChartSvg({
  series,
  marker,
  scale,
  width,
}: TrendChartProps & { scale: ScoreScale; width: number }) {
  const { periods, values } = alignByPeriod(series);
  const layout = periodLinesLayout(
    {
      periods: periods.map((period) => ({ period, label: period })),
      series: values,
      ticks: scale.ticks,
      formatTick: String,
      marker: marker?.period ?? null,
    },
    width,
    FRAME,
  );
  // Drawn last to first, so the first series (the subject) sits on top.
  const order = series.map((s, i) => ({ s, i })).reverse();
  return (
    <SvgChart width={width} height={FRAME.height}>
      <PeriodGrid layout={layout} />
      <PeriodMarkerRule layout={layout} />
      {order.map(({ s, i }) => {
        const style = seriesStyle(i);
        const path = layout.lines[i]!.path;
        return path ? (
          <path
            key={s.key}
            d={path}
            fill="none"
            stroke={style.colour}
            strokeWidth={s.emphasis ? 4 : 2}
            strokeDasharray={style.dash || undefined}
          />
        ) : null;
      })}
      <PeriodAxes layout={layout} />
      {/* A dot at each line's last value, where its end label points. */}
      {series.map((s, i) => {
        const end = layout.lines[i]!.points.at(-1);
        return end ? (
          <circle
            key={s.key}
            cx={end.x}
            cy={end.y}
            r={4}
            fill={seriesStyle(i).colour}
            stroke={WHITE}
            strokeWidth={1}
          />
        ) : null;
      })}
      <PeriodTickLabels layout={layout} periodFontSize={FONT_SIZE} />
      {marker ? (
        <PeriodMarkerLabel layout={layout} text={marker.label} fontSize={FONT_SIZE} />
      ) : null}
    </SvgChart>
  );
}
