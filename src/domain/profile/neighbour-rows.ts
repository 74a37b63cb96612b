/**
 * Each bordering system with how well records can cross the border: the cross-border score of
 * the divides method (share of the exchange standards' weight live on both sides) and whether the
 * two run the same shared care record platform. In a data mesh a side whose product gave no data
 * (still loading, or unavailable) has no score, no standards and no platform to compare: its row
 * says why instead of counting its silence as "0 live" and "platform not reported".
 */
import type { BorderScore } from '../divides/border-scores';
import type { System } from '../feed/feed-schema';

export interface NeighbourRow {
  code: string;
  name: string;
  /** 0-100; null when no exchange standard carries weight. */
  score: number | null;
  /** Null when either side has no data to compare, or the border has no score. */
  liveOnBoth: number | null;
  exchangeStandards: number;
  ownPlatform: string | null;
  theirPlatform: string | null;
  samePlatform: boolean | null;
  /** Why there is nothing to compare ("Loading: somerset has not arrived yet"), else null. */
  missing: string | null;
}

const NO_DATA: ReadonlyMap<string, string> = new Map();

/**
 * The system's borders among `borders` (one period's), highest score first, then by name.
 * `noData` names each system whose data product gave no data, with the words to show.
 */
export function neighbourRows(
  borders: readonly BorderScore[],
  systems: readonly System[],
  code: string,
  noData: ReadonlyMap<string, string> = NO_DATA,
): NeighbourRow[] {
  const byCode = new Map(systems.map((system) => [system.code, system]));
  const rows = borders.flatMap((border) => {
    if (border.a !== code && border.b !== code) return [];
    const mine = border.a === code;
    const other = mine ? border.b : border.a;
    const missing = noData.get(other) ?? noData.get(code) ?? null;
    return [
      {
        code: other,
        name: byCode.get(other)?.shortName ?? other,
        score: missing === null ? border.score : null,
        // No score, nothing to count: a side that reported nothing has no "0 live".
        liveOnBoth: missing === null && border.score !== null ? border.liveOnBoth.length : null,
        exchangeStandards: border.exchangeStandards.length,
        ownPlatform: mine ? border.platforms.a : border.platforms.b,
        theirPlatform: mine ? border.platforms.b : border.platforms.a,
        samePlatform: missing === null ? border.platforms.same : null,
        missing,
      },
    ];
  });
  return rows.sort(
    (x, y) => (y.score ?? -1) - (x.score ?? -1) || x.name.localeCompare(y.name, 'en-GB'),
  );
}
