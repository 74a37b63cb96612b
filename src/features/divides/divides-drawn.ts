import type { DividesAnalysis } from '../../domain/divides/divides-analysis';
import type { useDividesView } from './use-divides-view';

/** Digital divides' view once it has a quarter and an analysis to draw. */
export type DividesDrawn = ReturnType<typeof useDividesView> & {
  period: string;
  analysis: DividesAnalysis;
};

/*
 * Kept apart from divides-charts.tsx: the border map's embed needs these props but none of the
 * recharts sections, and importing them from there put recharts (about 110 kB gzip) in its chunk.
 */

/** What the border map and the borders section take from the view (the hex layout aside). */
export function borderProps({ feed, analysis, period, unavailable }: DividesDrawn) {
  return {
    feed,
    borders: analysis.borders,
    summary: analysis.borderSummary,
    period,
    unavailable,
  };
}
