/**
 * How the series of the comparison charts are told apart: a colour, a dash pattern (for lines)
 * and a marker shape (for dots), so colour is never the only cue. Colours are from the NHS palette
 * and each has at least 3:1 contrast with white. Series take styles in order: the first is the
 * subject (a system), the next three the usual references (England, region, peers).
 */
export type MarkerShape =
  'circle' | 'bar' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'cross' | 'star';

export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray; '' is solid. */
  dash: string;
  shape: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#005eb8', dash: '', shape: 'circle' },
  { colour: '#212b32', dash: '8 4', shape: 'bar' },
  { colour: '#4c6272', dash: '2 3', shape: 'square' },
  { colour: '#330072', dash: '12 3 3 3', shape: 'diamond' },
  { colour: '#007f3b', dash: '4 4', shape: 'triangle' },
  { colour: '#d5281b', dash: '14 4', shape: 'triangle-down' },
  { colour: '#7c2855', dash: '1 3', shape: 'cross' },
  { colour: '#00703c', dash: '6 2 2 2 2 2', shape: 'star' },
];

export function seriesStyle(index: number): SeriesStyle {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}
