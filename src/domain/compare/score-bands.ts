/**
 * Fixed score bands for shading the Compare table. Unlike the map, whose classes span the values
 * shown, a side-by-side table needs the same shade to mean the same thing in every row and every
 * selection. The cut points come from the scoring method: for one standard, 30 is the first score
 * of a standard in use anywhere (piloting), 65 is half the organisations live, and 90 is close to
 * everywhere. A category's score is an average, so for categories the bands are only ranges.
 */
import { roundTo } from '../format/round';

export interface ScoreBand {
  /** 0 (lowest) to 3 (highest): the shade. */
  index: number;
  /** Lowest rounded score in the band. */
  from: number;
  /** Highest rounded score in the band. */
  to: number;
  label: string;
}

export const SCORE_BANDS: readonly ScoreBand[] = [
  { index: 0, from: 0, to: 29, label: '0 to 29' },
  { index: 1, from: 30, to: 64, label: '30 to 64' },
  { index: 2, from: 65, to: 89, label: '65 to 89' },
  { index: 3, from: 90, to: 100, label: '90 to 100' },
];

/**
 * The band of a score, judged on the rounded number the reader sees, so a cell showing "30" is
 * never shaded as "under 30". Null for a missing or non-finite score.
 */
export function scoreBand(score: number | null): ScoreBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  const shown = Math.min(100, Math.max(0, roundTo(score, 0)));
  return SCORE_BANDS.find((band) => shown >= band.from && shown <= band.to) ?? null;
}
