import { ReferenceLine } from 'recharts';
import { INK, SECONDARY_INK } from '../../domain/charts/chart-theme';

/**
 * A dashed vertical rule at one period of a line chart, named at its top: where a boundary
 * changed, or where a system began. Recharts 3 draws chart parts wrapped in components like this.
 */
export function PeriodMarker({ x, text, fontSize }: { x: string; text: string; fontSize: number }) {
  return (
    <ReferenceLine
      x={x}
      stroke={SECONDARY_INK}
      strokeDasharray="3 3"
      label={{ value: text, position: 'top', fill: INK, fontSize }}
    />
  );
}

/**
 * What every line over periods shares: a missing period is a gap, never joined across or drawn
 * as zero, and nothing moves or reacts to the pointer (the frame's Table tab has the values).
 */
export const GAPPED_LINE = {
  activeDot: false,
  isAnimationActive: false,
  connectNulls: false,
} as const;
