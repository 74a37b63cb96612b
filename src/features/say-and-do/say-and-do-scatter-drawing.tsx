import { FittedLineScatter } from '../../components/charts/fitted-line-scatter';
import { fittedSegment } from '../../domain/charts/fitted-segment';
import { ACCENT_RED, INK, NHS_BLUE } from '../../domain/charts/chart-theme';
import { SAY_DO_AXIS_TEXT, SAY_DO_CHART_HEIGHT } from './say-and-do-chart';
import type { SayDoScatterProps } from './say-and-do-chart';

/** Systems as dots (measured use across, self-reported score up) and the least-squares line. */
export function SayDoScatterDrawing({ points, line, xLabel, formatX }: SayDoScatterProps) {
  return (
    <FittedLineScatter
      height={SAY_DO_CHART_HEIGHT - SAY_DO_AXIS_TEXT}
      margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      x={{ dataKey: 'measured', name: xLabel, tickFormatter: formatX }}
      y={{ dataKey: 'said', name: 'Score', domain: [0, 100] }}
      groups={[
        { data: points.filter((p) => !p.named), fill: NHS_BLUE },
        { data: points.filter((p) => p.named), fill: ACCENT_RED, shape: 'triangle' },
      ]}
      segment={fittedSegment(
        points.map((p) => p.measured),
        line,
      )}
      lineStyle={{ stroke: INK, strokeWidth: 2, strokeDasharray: '6 4' }}
    >
      {/* Under the drawing as text, not an SVG label, so a long unit wraps on a phone. */}
      <p className="nhsuk-body-s app-say-do__axis">
        Across: {xLabel}. Up: self-reported score. Triangles: the systems named below.
      </p>
    </FittedLineScatter>
  );
}
