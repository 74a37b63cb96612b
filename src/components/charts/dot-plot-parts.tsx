import type { ReactNode } from 'react';
import { formatScore } from '../../domain/format/format-number';
import { ChartMarker } from './chart-marker';
import type { SeriesStyle } from './chart-series-styles';
import './dot-plot.css';

import { FULL_SCALE, scalePosition } from './chart-scale';
import type { ScoreScale } from './chart-scale';

/** A score's place across the track on the full 0-100 scale. */
export function position(value: number): string {
  return scalePosition(value, FULL_SCALE);
}

export function DotPlotKey({
  items,
  extra,
}: {
  items: readonly { label: string; style: SeriesStyle; filled?: boolean }[];
  extra?: ReactNode;
}) {
  return (
    <ul className="app-dot-plot__key">
      {items.map((item) => (
        <li key={item.label}>
          <ChartMarker shape={item.style.shape} colour={item.style.colour} filled={item.filled} />
          {item.label}
        </li>
      ))}
      {extra}
    </ul>
  );
}

/**
 * A marker on a track. `offset` nudges it up or down a few pixels so that markers at the same
 * value stay visible side by side rather than hiding one another.
 */
export function DotPlotMark({
  value,
  style,
  filled,
  scale = FULL_SCALE,
  offset = 0,
}: {
  value: number;
  style: SeriesStyle;
  filled?: boolean;
  scale?: ScoreScale;
  offset?: number;
}) {
  return (
    <span
      className="app-dot-plot__mark"
      style={{ left: scalePosition(value, scale), marginTop: offset }}
    >
      <ChartMarker shape={style.shape} colour={style.colour} filled={filled} />
    </span>
  );
}

/** The 0-100 scale under the tracks, in the same grid so the ticks line up with them. */
export function DotPlotAxis({ scale = FULL_SCALE }: { scale?: ScoreScale }) {
  return (
    <div className="app-dot-plot__row app-dot-plot__row--axis">
      <span className="app-dot-plot__axis-spacer" />
      <div className="app-dot-plot__track app-dot-plot__axis">
        {scale.ticks.map((tick) => (
          <span
            key={tick}
            className="app-dot-plot__tick"
            style={{ left: scalePosition(tick, scale) }}
          >
            {tick}
          </span>
        ))}
      </div>
      <span />
    </div>
  );
}

/** "41", or a dash where there is no value (the table says "Not reported" in words). */
export function roundedScore(value: number | null): string {
  return formatScore(value, '–');
}
