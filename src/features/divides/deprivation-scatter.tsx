import { getNiceTickValues } from 'recharts';
import { useDrawnWidth } from '../../components/charts/use-drawn-width';
import { removeTabStops } from '../../components/charts/remove-tab-stops';
import { SvgChart } from '../../components/charts/svg-chart';
import { LineAcrossPlot, LineDownPlot } from '../../components/charts/svg-plot-lines';
import { PlotAxes } from '../../components/charts/svg-tick-marks';
import { TickLabelBelow, TickLabelLeft } from '../../components/charts/svg-tick-labels';
import { fittedSegment } from '../../domain/charts/fitted-segment';
import { ACCENT_RED, AXIS_LINE, GRID, INK, NHS_BLUE } from '../../domain/charts/chart-theme';
import { IMD_STEP } from '../../domain/divides/deprivation-gradient';
import type { GradientPoint, WeightedLine } from '../../domain/divides/deprivation-gradient';
import { TICK_SIZE } from '../../domain/divides/quarter-line-layout';
import { SCATTER_HEIGHT, extentOf, scatterLayout } from '../../domain/divides/scatter-layout';
import type { ScatterLayout } from '../../domain/divides/scatter-layout';

/** recharts' default dot: a circle of area 64 px². */
const DOT_RADIUS = Math.sqrt(64 / Math.PI);

/** An axis's ticks as recharts gave them for 'auto' ends: its nice ticks (five) for the range. */
function niceTicks(values: readonly number[]): number[] {
  return getNiceTickValues(extentOf(values), 5, true);
}

/**
 * Systems as dots (deprivation across, score up) and the population-weighted fitted line, drawn
 * as plain SVG from a layout worked out in the domain (scatter-layout.ts says why). Its height
 * is held before its width is known, as recharts' responsive container held it.
 */
export function DeprivationScatter({
  points: rows,
  line,
}: {
  points: readonly GradientPoint[];
  line: WeightedLine | null;
}) {
  const [ref, width] = useDrawnWidth();
  return (
    <div aria-hidden="true" className="app-chart" ref={removeTabStops}>
      <div ref={ref} style={{ width: '100%', height: SCATTER_HEIGHT }}>
        {width > 0 ? <DeprivationScatterSvg layout={deprivationLayout(rows, line, width)} /> : null}
      </div>
    </div>
  );
}

/** The scatter's layout: the axes cover every dot and the line's ends, as recharts' did. */
export function deprivationLayout(
  rows: readonly GradientPoint[],
  line: WeightedLine | null,
  width: number,
): ScatterLayout {
  // The line's slope is per IMD_STEP points of deprivation; the drawing wants it per point.
  const perPoint = line ? { intercept: line.intercept, slope: line.slope / IMD_STEP } : null;
  const segment = fittedSegment(
    rows.map((r) => r.imdScore),
    perPoint,
  );
  const points = rows.map((r) => ({ x: r.imdScore, y: r.value }));
  const ends = segment ?? [];
  return scatterLayout(
    points,
    segment,
    niceTicks([...points.map((p) => p.x), ...ends.map((p) => p.x)]),
    niceTicks([...points.map((p) => p.y), ...ends.map((p) => p.y)]),
    width,
  );
}

export function DeprivationScatterSvg({ layout }: { layout: ScatterLayout }) {
  const { width, height, plot, xTicks, yTicks, title, dots, segment } = layout;
  return (
    <SvgChart width={width} height={height}>
      {yTicks.map((tick) => (
        <LineAcrossPlot key={tick.value} plot={plot} y={tick.y} stroke={GRID} />
      ))}
      {xTicks.map((tick) => (
        <LineDownPlot key={tick.value} plot={plot} x={tick.x} stroke={GRID} />
      ))}
      {segment ? <line {...segment} stroke={ACCENT_RED} strokeWidth={2.5} /> : null}
      <PlotAxes
        plot={plot}
        xs={xTicks.map((tick) => tick.x)}
        ys={yTicks.map((tick) => tick.y)}
        size={TICK_SIZE}
        stroke={AXIS_LINE}
      />
      {dots.map((dot, index) => (
        <circle key={index} cx={dot.x} cy={dot.y} r={DOT_RADIUS} fill={NHS_BLUE} />
      ))}
      {xTicks.map((tick) =>
        tick.labelX === null ? null : (
          <TickLabelBelow key={tick.value} plot={plot} x={tick.labelX}>
            {tick.value}
          </TickLabelBelow>
        ),
      )}
      <text x={title.x} y={title.y} textAnchor="middle" fill={INK}>
        IMD score (more deprived →)
      </text>
      {yTicks.map((tick) => (
        <TickLabelLeft key={tick.value} plot={plot} y={tick.y}>
          {tick.value}
        </TickLabelLeft>
      ))}
    </SvgChart>
  );
}
