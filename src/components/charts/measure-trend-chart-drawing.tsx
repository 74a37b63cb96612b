import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { GRID, INK, WHITE } from '../../domain/charts/chart-theme';
import { MEASURE_TREND_CHART_HEIGHT } from './chart-heights';
import { LineSample } from './chart-marker';
import { GAPPED_LINE, PeriodMarker } from './period-line-parts';
import { seriesStyle } from './chart-series-styles';
import { removeTabStops } from './remove-tab-stops';
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

const MARGIN = { top: 20, right: 16, bottom: 8, left: 0 };
const OWN = seriesStyle(0);
const NATIONAL = seriesStyle(1);
// The estimate keeps the system's colour but a dotted line and hollow dots: the style, and the
// key's words, say it is an estimate, not the colour.
const ESTIMATE_DASH = '2 4';

/**
 * A measure over time for one system and the nation, with the system's months before it began
 * estimated from its predecessors drawn dotted. Missing months are gaps: lines are not joined
 * across them. The y axis starts at zero: use is a quantity, and a cut axis would exaggerate
 * change. Hidden from assistive technology: its frame's summary and Table tab carry the content.
 */
export function MeasureTrendChartDrawing({
  rows,
  names,
  unit,
  formatTick,
  change,
}: MeasureTrendChartProps) {
  const data = rows.map((row) => ({ ...row }));
  const line = (key: 'own' | 'estimated' | 'national') => {
    const style = key === 'national' ? NATIONAL : OWN;
    const dash = key === 'estimated' ? ESTIMATE_DASH : style.dash;
    const hollow = key === 'estimated';
    return (
      <Line
        key={key}
        dataKey={key}
        stroke={style.colour}
        strokeWidth={key === 'national' ? 2 : 3}
        strokeDasharray={dash}
        // Dots show a month standing alone between gaps, which a line alone would hide.
        dot={{ r: 3, fill: hollow ? WHITE : style.colour, stroke: style.colour, strokeWidth: 2 }}
        {...GAPPED_LINE}
      />
    );
  };
  return (
    <div className="app-measure-trend" aria-hidden="true" ref={removeTabStops}>
      <p className="app-measure-trend__unit">{unit}</p>
      <ResponsiveContainer width="100%" height={MEASURE_TREND_CHART_HEIGHT}>
        <LineChart data={data} accessibilityLayer={false} margin={MARGIN}>
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="label"
            tick={{ fill: INK, fontSize: 13 }}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis
            domain={[0, 'auto']}
            tickFormatter={formatTick}
            width={56}
            tick={{ fill: INK, fontSize: 13 }}
          />
          {change ? <PeriodMarker x={change.label} text={change.text} fontSize={13} /> : null}
          {line('national')}
          {names.estimated ? line('estimated') : null}
          {line('own')}
        </LineChart>
      </ResponsiveContainer>
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
