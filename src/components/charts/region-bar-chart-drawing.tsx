import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { RenderableText } from 'recharts';
import type { RegionRow } from '../../domain/charts/region-rows';
import { regionBarChartHeight } from './chart-heights';
import { removeTabStops } from './remove-tab-stops';
import { GRID, INK, NHS_BLUE } from '../../domain/charts/chart-theme';
import { formatScore } from '../../domain/format/format-number';

/** Bar labels read as whole points, like the chart's table and summary sentence. */
const barLabel = (label: RenderableText) =>
  typeof label === 'number' ? formatScore(label) : label;

const MARGIN = { top: 24, right: 48, bottom: 8, left: 8 };

/**
 * The parts that never change, made once: recharts registers each part's settings in its store
 * from an effect on every render of that part (each a store update that reruns every selector), so
 * on a change of quarter only the chart's data and the reference line are drawn again, not the
 * grid, axes and bars (issue 15: a quarter change without a long task on a phone).
 */
const GRID_LINES = <CartesianGrid horizontal={false} stroke={GRID} />;
const X_AXIS = <XAxis type="number" domain={[0, 100]} tick={{ fill: INK }} />;
const Y_AXIS = <YAxis type="category" dataKey="name" width={170} tick={{ fill: INK }} />;
const BARS = (
  <Bar dataKey="value" fill={NHS_BLUE} isAnimationActive={false}>
    <LabelList dataKey="value" position="right" fill={INK} formatter={barLabel} />
  </Bar>
);

/** Regions' readiness as horizontal bars with the national figure as a dashed reference line. */
export function RegionBarChartDrawing({
  rows,
  england,
  nationalLabel,
}: {
  rows: readonly RegionRow[];
  england: number | null;
  /** The reference line's label: the feed's place ("England") or neutral words. */
  nationalLabel: string;
}) {
  const data = useMemo(() => rows.map((row) => ({ name: row.name, value: row.value })), [rows]);
  const line = useMemo(
    () =>
      england !== null ? (
        <ReferenceLine
          x={england}
          stroke={INK}
          strokeDasharray="4 3"
          label={{
            value: `${nationalLabel} ${formatScore(england)}`,
            position: 'top',
            fill: INK,
          }}
        />
      ) : null,
    [england, nationalLabel],
  );
  return (
    <div aria-hidden="true" className="app-chart" ref={removeTabStops}>
      <ResponsiveContainer width="100%" height={regionBarChartHeight(data.length)}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={MARGIN}>
          {GRID_LINES}
          {X_AXIS}
          {Y_AXIS}
          {BARS}
          {line}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
