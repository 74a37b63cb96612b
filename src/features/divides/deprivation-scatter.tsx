import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
} from 'recharts';
import { IMD_STEP } from '../../domain/divides/deprivation-gradient';
import type { GradientPoint, WeightedLine } from '../../domain/divides/deprivation-gradient';
import { ACCENT_RED, GRID, INK, NHS_BLUE } from '../../domain/charts/chart-theme';
import { removeTabStops } from '../../components/charts/remove-tab-stops';

/** Both axes are numbers fitted to the dots, read from the point's own field. */
const numberAxis = (dataKey: keyof GradientPoint, name: string) =>
  ({
    type: 'number',
    dataKey,
    name,
    domain: ['auto', 'auto'],
    tick: { fill: INK, fontSize: 12 },
  }) as const;

/** Systems as dots (deprivation across, score up) and the population-weighted fitted line. */
export function DeprivationScatter({
  points: rows,
  line,
}: {
  points: readonly GradientPoint[];
  line: WeightedLine | null;
}) {
  const xs = rows.map((r) => r.imdScore);
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const at = (x: number) => (line ? line.intercept + (line.slope / IMD_STEP) * x : 0);
  return (
    <div aria-hidden="true" className="app-chart" ref={removeTabStops}>
      <ResponsiveContainer width="100%" height={320}>
        <ScatterChart
          accessibilityLayer={false}
          margin={{ top: 16, right: 24, bottom: 24, left: 0 }}
        >
          <CartesianGrid stroke={GRID} />
          <XAxis
            {...numberAxis('imdScore', 'IMD score')}
            label={{
              value: 'IMD score (more deprived →)',
              position: 'insideBottom',
              offset: -16,
              fill: INK,
            }}
          />
          <YAxis {...numberAxis('value', 'Score')} width={44} />
          <Scatter data={[...rows]} fill={NHS_BLUE} isAnimationActive={false} />
          {line && rows.length > 1 ? (
            <ReferenceLine
              segment={[
                { x: x1, y: at(x1) },
                { x: x2, y: at(x2) },
              ]}
              stroke={ACCENT_RED}
              strokeWidth={2.5}
              ifOverflow="extendDomain"
            />
          ) : null}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
