/**
 * The score axis of the comparison charts. Scores run 0-100, but when every value drawn is high
 * the differences that matter are squeezed into a sliver, so the axis may start above 0: at the
 * 10 below the lowest value, never above 50, so the scale always shows at least half the range
 * and never exaggerates a small difference beyond recognition. The ticks say where it starts.
 */
export interface ScoreScale {
  low: number;
  high: number;
  ticks: number[];
}

export const FULL_SCALE: ScoreScale = { low: 0, high: 100, ticks: [0, 25, 50, 75, 100] };

const MAX_LOW = 50;

export function scoreScale(values: readonly (number | null | undefined)[]): ScoreScale {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (present.length === 0) return FULL_SCALE;
  const low = Math.min(MAX_LOW, Math.max(0, Math.floor((Math.min(...present) - 5) / 10) * 10));
  if (low === 0) return FULL_SCALE;
  const step = 10;
  const ticks = Array.from({ length: (100 - low) / step + 1 }, (_, i) => low + i * step);
  return { low, high: 100, ticks };
}

/** A score's place across the axis, as a CSS percentage. */
export function scalePosition(value: number, scale: ScoreScale): string {
  const share = (value - scale.low) / (scale.high - scale.low);
  return `${Math.min(100, Math.max(0, share * 100))}%`;
}
