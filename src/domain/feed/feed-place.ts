/**
 * The words for the place a feed covers, read from its metadata. A feed from elsewhere (another
 * country's health boards, say) must not be labelled "England", so where the feed is silent the
 * dashboard uses neutral words: "All systems", "region", no population or deprivation source.
 */
import type { Metadata } from './feed-schema';

export interface FeedPlace {
  /** The national figure's label: "England", or "All systems" when the feed names no place. */
  national: string;
  /** The same inside a sentence: "England", "all systems". */
  nationalInText: string;
  /** True when the feed named its place (so "England's" reads well; "all systems'" does not). */
  named: boolean;
  /** One region, in a sentence: "NHS England region", "region". */
  region: string;
  /** Where the populations come from, or null when the feed does not say. */
  populationSource: string | null;
  /** What the deprivation score is ("IMD 2025"), or null when the feed does not say. */
  deprivationSource: string | null;
  attributions: readonly string[];
}

type PlaceFields = Pick<
  Metadata,
  'nationalLabel' | 'regionTerm' | 'populationSource' | 'deprivationSource' | 'attributions'
>;

export const NEUTRAL_NATIONAL = 'All systems';

export function feedPlace(metadata: PlaceFields | undefined): FeedPlace {
  const label = metadata?.nationalLabel;
  return {
    national: label ?? NEUTRAL_NATIONAL,
    nationalInText: label ?? NEUTRAL_NATIONAL.toLowerCase(),
    named: label !== undefined,
    region: metadata?.regionTerm ?? 'region',
    populationSource: metadata?.populationSource ?? null,
    deprivationSource: metadata?.deprivationSource ?? null,
    attributions: metadata?.attributions ?? [],
  };
}

/** "Compared with England", "Compared with all systems". */
export function comparedWithText(place: FeedPlace): string {
  return `Compared with ${place.nationalInText}`;
}
