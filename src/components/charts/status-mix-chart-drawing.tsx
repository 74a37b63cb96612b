import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ADOPTION_STATUSES, STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import type { StatusMixRow } from '../../domain/tables/standard-detail';
import { STATUS_MIX_CHART_HEIGHT } from './chart-heights';
import './status-mix-chart.css';
import { StatusLegend } from './status-legend';
import { SEGMENT_OUTLINE, STATUS_COLOURS } from './status-palette';
import { GRID, INK } from '../../domain/charts/chart-theme';
import { removeTabStops } from './remove-tab-stops';

const CHART_HEIGHT = STATUS_MIX_CHART_HEIGHT;
const TEXT = INK;

/**
 * Live sits at the bottom of each bar, on the axis, so the number that matters most can be read
 * straight off the scale; the other statuses stack above it in order.
 */
const STACK_ORDER = [...ADOPTION_STATUSES].reverse();

/**
 * Systems by adoption status, one stacked bar per quarter. Its frame's summary says what the
 * chart shows and its Table tab holds the numbers, so the drawing itself is hidden from
 * assistive technology (and recharts' keyboard layer is off: nothing inside it can take focus).
 */
export function StatusMixChartDrawing({ rows }: { rows: readonly StatusMixRow[] }) {
  return (
    <div className="app-status-chart">
      <div aria-hidden="true" ref={removeTabStops}>
        <StatusLegend />
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart
            data={[...rows]}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          >
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis
              dataKey="label"
              tick={{ fill: TEXT, fontSize: 14 }}
              tickLine={false}
              interval="preserveStartEnd"
              minTickGap={16}
            />
            <YAxis
              allowDecimals={false}
              width={40}
              tick={{ fill: TEXT, fontSize: 14 }}
              label={{ value: 'Systems', angle: -90, position: 'insideLeft', fill: TEXT }}
            />
            <Tooltip cursor={{ fill: 'rgba(33, 43, 50, 0.08)' }} />
            {STACK_ORDER.map((status) => (
              <Bar
                key={status}
                dataKey={status}
                name={STATUS_LABELS[status]}
                stackId="status"
                fill={STATUS_COLOURS[status]}
                stroke={SEGMENT_OUTLINE}
                strokeWidth={1}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
