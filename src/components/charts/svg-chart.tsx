import type { ReactNode } from 'react';

/**
 * The svg element of a chart drawn by hand from a layout. The viewBox is the drawn size and the
 * width 100%, so paper, laid out without scripts, scales it to its column. The class keeps the
 * chart's own white ground under forced colours (app.css), so its dark ticks stay readable on a
 * high-contrast theme's black; `fontSize` and `fill` are the text's defaults where a chart sets
 * them on the whole drawing.
 */
export function SvgChart({
  width,
  height,
  className = 'app-chart-own-ground',
  fontSize,
  fill,
  children,
}: {
  width: number;
  height: number;
  className?: string;
  fontSize?: number;
  fill?: string;
  children: ReactNode;
}) {
  return (
    <svg
      className={className}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block', height: 'auto' }}
      fontSize={fontSize}
      fill={fill}
    >
      {children}
    </svg>
  );
}
