import type { MarkerShape } from './chart-series-styles';
import { WHITE } from '../../domain/charts/chart-theme';

const POINTS: Partial<Record<MarkerShape, string>> = {
  diamond: '7,0 14,7 7,14 0,7',
  triangle: '7,1 13,13 1,13',
  'triangle-down': '1,1 13,1 7,13',
  star: '7,0 8.8,4.9 14,5 9.9,8.3 11.3,13.5 7,10.5 2.7,13.5 4.1,8.3 0,5 5.2,4.9',
};

/** A 14-pixel marker shape as an SVG, for dot plots and chart keys. Decorative: always hidden. */
export function ChartMarker({
  shape,
  colour,
  filled = true,
}: {
  shape: MarkerShape;
  colour: string;
  filled?: boolean;
}) {
  const fill = filled ? colour : WHITE;
  const common = { stroke: colour, strokeWidth: 2, fill };
  return (
    <svg
      width={shape === 'bar' ? 4 : 14}
      height={shape === 'bar' ? 22 : 14}
      viewBox={shape === 'bar' ? '0 0 4 22' : '0 0 14 14'}
      aria-hidden="true"
      focusable="false"
      className="app-chart-marker"
    >
      {shape === 'circle' ? <circle cx="7" cy="7" r="5.5" {...common} /> : null}
      {shape === 'square' ? <rect x="1.5" y="1.5" width="11" height="11" {...common} /> : null}
      {shape === 'bar' ? <rect x="0" y="0" width="4" height="22" fill={colour} /> : null}
      {shape === 'cross' ? (
        <path d="M2 2 L12 12 M12 2 L2 12" stroke={colour} strokeWidth={3} />
      ) : null}
      {POINTS[shape] ? <polygon points={POINTS[shape]} {...common} strokeWidth={1.5} /> : null}
    </svg>
  );
}

/** A short line sample in a series' colour and dash pattern, for a line chart's labels. */
export function LineSample({
  colour,
  dash,
  width = 28,
}: {
  colour: string;
  dash: string;
  width?: number;
}) {
  return (
    <svg width={width} height="10" aria-hidden="true" focusable="false" className="app-line-sample">
      <line
        x1="0"
        y1="5"
        x2={width}
        y2="5"
        stroke={colour}
        strokeWidth={3}
        strokeDasharray={dash}
      />
    </svg>
  );
}
