import type { RegionBarLayout } from '../../domain/charts/region-bar-layout';
import { GRID, INK, NHS_BLUE, SECONDARY_INK, WHITE } from '../../domain/charts/chart-theme';

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
    <svg
      className="app-region-bar-chart__svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block', height: 'auto' }}
      fontSize={16}
      fill={INK}
    >
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom} stroke={GRID} />
          <line
            x1={tick.x}
            x2={tick.x}
            y1={plot.bottom}
            y2={plot.bottom + 5}
            stroke={SECONDARY_INK}
          />
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
          <line
            x1={reference.x}
            x2={reference.x}
            y1={plot.top}
            y2={plot.bottom}
            stroke={INK}
            strokeDasharray="4 3"
          />
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
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={SECONDARY_INK} />
      <line
        x1={plot.left}
        x2={plot.right}
        y1={plot.bottom}
        y2={plot.bottom}
        stroke={SECONDARY_INK}
      />
    </svg>
  );
}
