import { useMemo } from 'react';
import { WHITE } from '../../domain/charts/chart-theme';
import type { BoundaryFeature } from '../../domain/geography/boundaries';
import { boundaryPaths } from '../../domain/geography/boundary-paths';

export interface GeoChoroplethProps {
  features: BoundaryFeature[];
  width: number;
  height: number;
  fillFor: (code: string) => string;
  labelFor: (code: string) => string;
  onActivate?: (code: string) => void;
  title: string;
}

/**
 * The geographic map: one filled outline per area. It is a visual alternative to the hex map,
 * which is the keyboard-operable one, so the areas are not focusable; the svg is a single image
 * with an accessible name, and the page offers the table of the same values. A click on an area
 * is a shortcut for pointer users only.
 */
export function GeoChoropleth({
  features,
  width,
  height,
  fillFor,
  labelFor,
  onActivate,
  title,
}: GeoChoroplethProps) {
  const paths = useMemo(() => boundaryPaths(features, width, height), [features, width, height]);
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, height: 'auto' }}
    >
      {paths.map(({ code, d }) => (
        <path
          key={code}
          d={d}
          fill={fillFor(code)}
          stroke={WHITE}
          strokeWidth={0.75}
          strokeLinejoin="round"
          style={onActivate ? { cursor: 'pointer' } : undefined}
          onClick={onActivate ? () => onActivate(code) : undefined}
        >
          <title>{labelFor(code)}</title>
        </path>
      ))}
    </svg>
  );
}
