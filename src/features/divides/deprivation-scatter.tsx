import { FittedLineScatter } from '../../components/charts/fitted-line-scatter';
import { fittedSegment } from '../../domain/charts/fitted-segment';
import { IMD_STEP } from '../../domain/divides/deprivation-gradient';
import type { GradientPoint, WeightedLine } from '../../domain/divides/deprivation-gradient';
import { ACCENT_RED, INK, NHS_BLUE } from '../../domain/charts/chart-theme';

/** Systems as dots (deprivation across, score up) and the population-weighted fitted line. */
export function DeprivationScatter({
  points: rows,
  line,
}: {
  points: readonly GradientPoint[];
  line: WeightedLine | null;
}) {
  // The line's slope is per IMD_STEP points of deprivation; the drawing wants it per point.
  const perPoint = line ? { intercept: line.intercept, slope: line.slope / IMD_STEP } : null;
  return (
    <FittedLineScatter
      height={320}
      margin={{ top: 16, right: 24, bottom: 24, left: 0 }}
      x={{
        dataKey: 'imdScore',
        name: 'IMD score',
        label: {
          value: 'IMD score (more deprived →)',
          position: 'insideBottom',
          offset: -16,
          fill: INK,
        },
      }}
      y={{ dataKey: 'value', name: 'Score', domain: 'auto' }}
      groups={[{ data: rows, fill: NHS_BLUE }]}
      segment={fittedSegment(
        rows.map((r) => r.imdScore),
        perPoint,
      )}
      lineStyle={{ stroke: ACCENT_RED, strokeWidth: 2.5 }}
    />
  );
}
