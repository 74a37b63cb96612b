/**
 * Each bordering system with how well records can cross the border: the cross-border score of
 * the divides method (share of the exchange standards' weight live on both sides) and whether the
 * two run the same shared care record platform.
 */
import type { BorderScore } from '../divides/border-scores';
import type { System } from '../feed/feed-schema';

export interface NeighbourRow {
  code: string;
  name: string;
  /** 0-100; null when no exchange standard carries weight. */
  score: number | null;
  liveOnBoth: number;
  exchangeStandards: number;
  ownPlatform: string | null;
  theirPlatform: string | null;
  samePlatform: boolean | null;
}

/** The system's borders among `borders` (one period's), highest score first, then by name. */
export function neighbourRows(
  borders: readonly BorderScore[],
  systems: readonly System[],
  code: string,
): NeighbourRow[] {
  const byCode = new Map(systems.map((system) => [system.code, system]));
  const rows = borders.flatMap((border) => {
    if (border.a !== code && border.b !== code) return [];
    const mine = border.a === code;
    const other = mine ? border.b : border.a;
    return [
      {
        code: other,
        name: byCode.get(other)?.shortName ?? other,
        score: border.score,
        liveOnBoth: border.liveOnBoth.length,
        exchangeStandards: border.exchangeStandards.length,
        ownPlatform: mine ? border.platforms.a : border.platforms.b,
        theirPlatform: mine ? border.platforms.b : border.platforms.a,
        samePlatform: border.platforms.same,
      },
    ];
  });
  return rows.sort(
    (x, y) => (y.score ?? -1) - (x.score ?? -1) || x.name.localeCompare(y.name, 'en-GB'),
  );
}
