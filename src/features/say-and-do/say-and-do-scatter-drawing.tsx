import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import { removeTabStops } from '../../components/charts/remove-tab-stops';
import { ACCENT_RED, GRID, INK, NHS_BLUE } from '../../domain/charts/chart-theme';
import { SAY_DO_AXIS_TEXT, SAY_DO_CHART_HEIGHT } from './say-and-do-chart';
import type { SayDoScatterProps } from './say-and-do-chart';

/** Systems as dots (measured use across, self-reported score up) and the least-squares line. */
export function SayDoScatterDrawing({ points, line, xLabel, formatX }: SayDoScatterProps) {
  const xs = points.map((p) => p.measured);
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const at = (x: number) => (line ? line.intercept + line.slope * x : 0);
  const named = points.filter((p) => p.named);
  const others = points.filter((p) => !p.named);
  return (
    <div aria-hidden="true" className="app-chart" ref={removeTabStops}>
      <ResponsiveContainer width="100%" height={SAY_DO_CHART_HEIGHT - SAY_DO_AXIS_TEXT}>
        <ScatterChart
          accessibilityLayer={false}
          margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={GRID} />
          <XAxis
            type="number"
            dataKey="measured"
            name={xLabel}
            domain={['auto', 'auto']}
            tick={{ fill: INK, fontSize: 12 }}
            tickFormatter={formatX}
          />
          <YAxis
            type="number"
            dataKey="said"
            name="Score"
            domain={[0, 100]}
            width={44}
            tick={{ fill: INK, fontSize: 12 }}
          />
          <Scatter data={others} fill={NHS_BLUE} isAnimationActive={false} />
          <Scatter data={named} fill={ACCENT_RED} shape="triangle" isAnimationActive={false} />
          {line && points.length > 1 ? (
            <ReferenceLine
              segment={[
                { x: x1, y: at(x1) },
                { x: x2, y: at(x2) },
              ]}
              stroke={INK}
              strokeWidth={2}
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
            />
          ) : null}
        </ScatterChart>
      </ResponsiveContainer>
      {/* Under the drawing as text, not an SVG label, so a long unit wraps on a phone. */}
      <p className="nhsuk-body-s app-say-do__axis">
        Across: {xLabel}. Up: self-reported score. Triangles: the systems named below.
      </p>
    </div>
  );
}
