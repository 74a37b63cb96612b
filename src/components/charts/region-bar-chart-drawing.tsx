import type { RegionBarLayout } from '../../domain/charts/region-bar-layout';
import { GRID, INK, NHS_BLUE, SECONDARY_INK, WHITE } from '../../domain/charts/chart-theme';
import { SvgChart } from './svg-chart';
import { LineAcrossPlot, LineDownPlot } from './svg-plot-lines';
import { TickMarkBelow } from './svg-tick-marks';

/** Lines of a two-line name sit 8 px either side of the band's middle. */
const LINE = 16;

/**
 * Regions' readiness as horizontal bars with the national figure as a dashed line, drawn as
 * plain SVG from a layout worked out in the domain (region-bar-layout.ts says why). The viewBox
 * is the drawn size and the width 100%, so paper, laid out without scripts, scales it to fit.
 */
export function RegionBarChartDrawing({ layout }: { layout: RegionBarLayout }) {
  const { width, height, plot, ticks, bars, reference } = layout;
  return (
    <SvgChart
      width={width}
      height={height}
      className="app-region-bar-chart__svg"
      fontSize={16}
      fill={INK}
    >
      {ticks.map((tick) => (
        <g key={tick.value}>
          <LineDownPlot plot={plot} x={tick.x} stroke={GRID} />
          <TickMarkBelow plot={plot} x={tick.x} size={5} stroke={SECONDARY_INK} />
          <text x={tick.x} y={plot.bottom + 20} textAnchor="middle">
            {tick.value}
          </text>
        </g>
      ))}
      {bars.map((bar) => (
        <g key={bar.key}>
          <text x={plot.left - 8} y={bar.middle} textAnchor="end" dominantBaseline="central">
            {bar.nameLines.map((line, index) => (
              <tspan
                key={index}
                x={plot.left - 8}
                y={bar.middle + (index - (bar.nameLines.length - 1) / 2) * LINE}
              >
                {line}
              </tspan>
            ))}
          </text>
          {bar.barWidth > 0 ? (
            <rect
              x={plot.left}
              y={bar.barY}
              width={bar.barWidth}
              height={bar.barHeight}
              fill={NHS_BLUE}
            />
          ) : null}
        </g>
      ))}
      {/* Over the bars, under their numbers, which a white edge keeps readable across it. */}
      {reference ? (
        <>
          <LineDownPlot plot={plot} x={reference.x} stroke={INK} dash="4 3" />
          <text x={reference.labelX} y={plot.top - 6} textAnchor="middle">
            {reference.label}
          </text>
        </>
      ) : null}
      {bars.map((bar) => (
        <text
          key={bar.key}
          x={bar.labelX}
          y={bar.middle}
          dominantBaseline="central"
          stroke={WHITE}
          strokeWidth={4}
          paintOrder="stroke"
        >
          {bar.label}
        </text>
      ))}
      <LineDownPlot plot={plot} x={plot.left} stroke={SECONDARY_INK} />
      <LineAcrossPlot plot={plot} y={plot.bottom} stroke={SECONDARY_INK} />
    </SvgChart>
  );
}
