import { getNiceTickValues } from 'recharts';
import { WHITE } from '../../domain/charts/chart-theme';
import { periodLinesLayout } from '../../domain/charts/period-lines-layout';
import type { PeriodLinesFrame } from '../../domain/charts/period-lines-layout';
import { MEASURE_TREND_CHART_HEIGHT } from './chart-heights';
import { LineSample } from './chart-marker';
import { seriesStyle } from './chart-series-styles';
import {
  PeriodAxes,
  PeriodGrid,
  PeriodMarkerLabel,
  PeriodMarkerRule,
  PeriodTickLabels,
} from './period-line-parts';
import { SvgChart } from './svg-chart';
import { useDrawnWidth } from './use-drawn-width';
import './measure-trend-chart.css';

/** One period of the chart: each line's value, null for a gap (never drawn as zero). */
export interface MeasureTrendChartRow {
  period: string;
  /** The short axis label, "Oct 2025". */
  label: string;
  own: number | null;
  estimated: number | null;
  national: number | null;
}

export interface MeasureTrendChartProps {
  rows: readonly MeasureTrendChartRow[];
  /** The line names in the key: the system, its estimate (when any) and the nation. */
  names: { own: string; estimated: string | null; national: string };
  /** The unit on the axis, "per 1,000 people". */
  unit: string;
  /** Axis numbers as the measure writes them. */
  formatTick: (value: number) => string;
  /** Where the system's own geography starts, drawn as a dashed rule; null when it never changed. */
  change: { label: string; text: string } | null;
}

/** The frame recharts drew the chart in: its margins, a 56 px value axis, 13 px months. */
const FRAME: PeriodLinesFrame = {
  height: MEASURE_TREND_CHART_HEIGHT,
  margin: { top: 20, right: 16, bottom: 8, left: 0 },
  yAxisWidth: 56,
  labelFontSize: 13,
  minTickGap: 12,
};
const FONT_SIZE = 13;
const OWN = seriesStyle(0);
const NATIONAL = seriesStyle(1);
// The estimate keeps the system's colour but a dotted line and hollow dots: the style, and the
// key's words, say it is an estimate, not the colour.
const ESTIMATE_DASH = '2 4';

type LineKey = 'own' | 'estimated' | 'national';

/** Each line's look, in drawing order: the nation under the system's estimate under its own. */
const LINES: readonly {
  key: LineKey;
  colour: string;
  dash: string;
  width: number;
  hollow: boolean;
}[] = [
  { key: 'national', colour: NATIONAL.colour, dash: NATIONAL.dash, width: 2, hollow: false },
  { key: 'estimated', colour: OWN.colour, dash: ESTIMATE_DASH, width: 3, hollow: true },
  { key: 'own', colour: OWN.colour, dash: OWN.dash, width: 3, hollow: false },
];

/**
 * The value axis from 0 to recharts' 'auto' end: its five nice ticks for 0 to the largest value,
 * so the numbers are the ones the recharts drawing showed.
 */
function zeroBasedTicks(rows: readonly MeasureTrendChartRow[], keys: readonly LineKey[]) {
  let max = 0;
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (value !== null && Number.isFinite(value) && value > max) max = value;
    }
  }
  return getNiceTickValues([0, max], 5, true);
}

/**
 * A measure over time for one system and the nation, with the system's months before it began
 * estimated from its predecessors drawn dotted. Missing months are gaps: lines are not joined
 * across them. The y axis starts at zero: use is a quantity, and a cut axis would exaggerate
 * change. Drawn as plain SVG from a layout in the domain (period-lines-layout.ts says why).
 * Hidden from assistive technology: its frame's summary and Table tab carry the content.
 */
export function MeasureTrendChartDrawing(props: MeasureTrendChartProps) {
  const { names, unit } = props;
  const [ref, width] = useDrawnWidth();
  return (
    <div className="app-measure-trend" aria-hidden="true">
      <p className="app-measure-trend__unit">{unit}</p>
      {/* The height is held until the width is known; then the drawing sets it. */}
      <div ref={ref} style={width > 0 ? undefined : { height: FRAME.height }}>
        {width > 0 ? <MeasureTrendChartSvg {...props} width={width} /> : null}
      </div>
      <ul className="app-measure-trend__key">
        <li>
          <LineSample colour={OWN.colour} dash={OWN.dash} />
          {names.own}
        </li>
        {names.estimated ? (
          <li>
            <LineSample colour={OWN.colour} dash={ESTIMATE_DASH} />
            {names.estimated}
          </li>
        ) : null}
        <li>
          <LineSample colour={NATIONAL.colour} dash={NATIONAL.dash} />
          {names.national}
        </li>
      </ul>
    </div>
  );
}

/** The drawing at a known `width` (the box above measures it). */
export function MeasureTrendChartSvg({
  rows,
  names,
  formatTick,
  change,
  width,
}: MeasureTrendChartProps & { width: number }) {
  const lines = LINES.filter((line) => line.key !== 'estimated' || names.estimated);
  const layout = periodLinesLayout(
    {
      periods: rows.map((row) => ({ period: row.label, label: row.label })),
      series: lines.map((line) => rows.map((row) => row[line.key])),
      ticks: zeroBasedTicks(
        rows,
        lines.map((line) => line.key),
      ),
      formatTick,
      marker: change?.label ?? null,
    },
    width,
    FRAME,
  );
  return (
    <SvgChart width={width} height={FRAME.height}>
      <PeriodGrid layout={layout} />
      <PeriodMarkerRule layout={layout} />
      {lines.map((line, i) =>
        layout.lines[i]!.path ? (
          <path
            key={line.key}
            d={layout.lines[i]!.path}
            fill="none"
            stroke={line.colour}
            strokeWidth={line.width}
            strokeDasharray={line.dash || undefined}
          />
        ) : null,
      )}
      <PeriodAxes layout={layout} />
      {/* A dot on every value, so a month standing alone between gaps shows. recharts gave the
          dots their line's dash too, which the drawing keeps. */}
      {lines.map((line, i) =>
        layout.lines[i]!.points.map((point) => (
          <circle
            key={`${line.key} ${point.period}`}
            cx={point.x}
            cy={point.y}
            r={3}
            fill={line.hollow ? WHITE : line.colour}
            stroke={line.colour}
            strokeWidth={2}
            strokeDasharray={line.dash || undefined}
          />
        )),
      )}
      <PeriodTickLabels layout={layout} periodFontSize={FONT_SIZE} valueFontSize={FONT_SIZE} />
      {change ? (
        <PeriodMarkerLabel layout={layout} text={change.text} fontSize={FONT_SIZE} />
      ) : null}
    </SvgChart>
  );
}
