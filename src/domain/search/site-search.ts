export type SearchGroup = 'systems' | 'standards' | 'pages';

export interface SearchItem {
  group: SearchGroup;
  /** Unique within its group; the option's id is made from it. */
  key: string;
  label: string;
  /** The page the result opens. */
  to: string;
  /** Other current names (a short name). */
  aliases: string[];
  /** Codes: an exact match ranks first. */
  codes: string[];
  /** Other names it is known by (an ICB merged into it); a match on one says so. */
  formerNames: string[];
  /** When the item itself ended, for a hint. */
  endedOn: string | null;
}

export interface SearchResult {
  item: SearchItem;
  /** The former name that matched, when only a former name did. */
  viaFormerName: string | null;
}

export interface SearchResults {
  groups: { group: SearchGroup; results: SearchResult[] }[];
  shown: number;
  total: number;
}

const GROUP_ORDER: SearchGroup[] = ['systems', 'standards', 'pages'];

/** Lower case, accents and punctuation gone, so "Stoke-on-Trent" is found by "stoke on trent". */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // An apostrophe joins its word ("what's" is found by "whats"); other punctuation splits.
      .replace(/['\u2019]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** 0 exact code, 1 name starts with the query, 2 every word starts a word, 3 words inside; else null. */
function rankText(text: string, query: string, words: string[]): number | null {
  const name = normalise(text);
  if (name.startsWith(query)) return 1;
  const nameWords = name.split(' ');
  if (words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) return 2;
  if (words.every((word) => name.includes(word))) return 3;
  return null;
}

function rankItem(item: SearchItem, query: string, words: string[]) {
  if (item.codes.some((code) => normalise(code) === query)) return { rank: 0, via: null };
  const own = [item.label, ...item.aliases, ...item.codes].map((text) =>
    rankText(text, query, words),
  );
  const best = Math.min(...own.map((rank) => rank ?? Infinity));
  if (best < Infinity) return { rank: best, via: null };
  for (const former of item.formerNames) {
    const rank = rankText(former, query, words);
    if (rank !== null) return { rank: rank + 3, via: former };
  }
  return null;
}

/**
 * The items matching `text`, best first within each group (exact code, then names that start
 * with it, then names whose words start with its words, then names containing them, then former
 * names), at most `perGroup` shown in each group. An empty query finds nothing.
 */
export function searchSite(
  items: readonly SearchItem[],
  text: string,
  perGroup = 6,
): SearchResults {
  const query = normalise(text);
  if (!query) return { groups: [], shown: 0, total: 0 };
  const words = query.split(' ');
  const ranked = items.flatMap((item) => {
    const match = rankItem(item, query, words);
    return match ? [{ item, viaFormerName: match.via, rank: match.rank }] : [];
  });
  ranked.sort((a, b) => a.rank - b.rank || a.item.label.localeCompare(b.item.label, 'en-GB'));
  const groups = GROUP_ORDER.map((group) => ({
    group,
    results: ranked
      .filter((result) => result.item.group === group)
      .slice(0, perGroup)
      .map(({ item, viaFormerName }) => ({ item, viaFormerName })),
  })).filter((group) => group.results.length > 0);
  const shown = groups.reduce((sum, group) => sum + group.results.length, 0);
  return { groups, shown, total: ranked.length };
}
