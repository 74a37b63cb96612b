/**
 * How the series of the comparison charts are told apart: a colour, a dash pattern (for lines)
 * and a marker shape (for dots), so colour is never the only cue. Colours are from the NHS palette
 * and each has at least 3:1 contrast with white. Series take styles in order: the first is the
 * subject (a system), the next three the usual references (England, region, peers).
 */
export type MarkerShape =
  'circle' | 'bar' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross' | 'star';
import { SERIES_COLOURS } from '../../domain/charts/chart-theme';

export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray; '' is solid. */
  dash: string;
  shape: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: SERIES_COLOURS[0], dash: '', shape: 'circle' },
  { colour: SERIES_COLOURS[1], dash: '8 4', shape: 'bar' },
  { colour: SERIES_COLOURS[2], dash: '2 3', shape: 'square' },
  { colour: SERIES_COLOURS[3], dash: '12 3 3 3', shape: 'diamond' },
  { colour: SERIES_COLOURS[4], dash: '4 4', shape: 'triangle' },
  { colour: SERIES_COLOURS[5], dash: '14 4', shape: 'triangle-down' },
  { colour: SERIES_COLOURS[6], dash: '1 3', shape: 'cross' },
  { colour: SERIES_COLOURS[7], dash: '6 2 2 2 2 2', shape: 'star' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}
