/**
 * Biggest gaps and strengths: the standards where the system is furthest behind, or ahead of, its
 * peer median (or England's value where no peer reported the standard), said in a plain sentence.
 * Differences within the "similar" margin are not worth a sentence.
 */
import { roundTo } from '../format/round';
import { compareScore } from '../scoring/compare';
import type { SpineRow } from './spine-rows';
import { NEUTRAL_NATIONAL } from '../feed/feed-place';

export const GAPS_SHOWN = 5;

export type GapReference = 'peers' | 'england';

export interface GapItem {
  standardId: string;
  name: string;
  value: number;
  reference: GapReference;
  referenceValue: number;
  /** value - referenceValue, unrounded; negative = behind. */
  gap: number;
  /** The difference the sentence states: both scores rounded first. */
  points: number;
  /** e.g. "BaRS: 32 points behind the peer median (41 vs 73)". */
  sentence: string;
}

/**
 * The sentence rounds both scores first and states their difference, so its numbers always add
 * up ("41 vs 73" is 32 behind even when the unrounded gap is 31.6).
 */
export function gapSentence(
  name: string,
  value: number,
  reference: GapReference,
  referenceValue: number,
  /** The national figure's name from the feed ("England", "all systems": domain/feed/feed-place). */
  national: string,
) {
  // The gap is between the whole numbers the reader sees, so "2 points behind (61 vs 63)" adds up.
  const own = roundTo(value, 0);
  const other = roundTo(referenceValue, 0);
  const points = Math.abs(own - other);
  const unit = points === 1 ? 'point' : 'points';
  const where =
    own === other
      ? 'level with'
      : own < other
        ? `${points} ${unit} behind`
        : `${points} ${unit} ahead of`;
  const against = reference === 'peers' ? 'the peer median' : national;
  return `${name}: ${where} ${against} (${own} vs ${other})`;
}

function itemOf(row: SpineRow, national: string): GapItem | null {
  if (row.value === null) return null;
  const [reference, referenceValue] =
    row.peerMedian !== null
      ? (['peers', row.peerMedian] as const)
      : (['england', row.england] as const);
  if (referenceValue === null) return null;
  const gap = row.value - referenceValue;
  return {
    standardId: row.id,
    name: row.name,
    value: row.value,
    reference,
    referenceValue,
    gap,
    points: roundTo(row.value, 0) - roundTo(referenceValue, 0),
    sentence: gapSentence(row.name, row.value, reference, referenceValue, national),
  };
}

/**
 * Largest first by the difference the sentence states, so the list reads in order; then by the
 * unrounded gap, then by name, so the order never depends on the feed.
 */
function bySize(a: GapItem, b: GapItem): number {
  return (
    Math.abs(b.points) - Math.abs(a.points) ||
    Math.abs(b.gap) - Math.abs(a.gap) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** Up to `count` standards furthest behind, and up to `count` furthest ahead, beyond the margin. */
export function gapsAndStrengths(
  rows: readonly SpineRow[],
  count: number = GAPS_SHOWN,
  national: string = NEUTRAL_NATIONAL,
): { gaps: GapItem[]; strengths: GapItem[] } {
  const items = rows.flatMap((row) => {
    const item = itemOf(row, national);
    return item ? [item] : [];
  });
  return {
    gaps: items
      .filter((item) => compareScore(item.value, item.referenceValue) === 'lower')
      .sort(bySize)
      .slice(0, count),
    strengths: items
      .filter((item) => compareScore(item.value, item.referenceValue) === 'higher')
      .sort(bySize)
      .slice(0, count),
  };
}
