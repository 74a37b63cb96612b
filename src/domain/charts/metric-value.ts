import type { Feed } from '../feed/feed-schema';
import type { SystemScore } from '../scoring/score-feed';

/** Overall readiness, one category's score, or one standard's score. */
export type MetricChoice =
  { kind: 'overall' } | { kind: 'category'; id: string } | { kind: 'standard'; id: string };

export function metricValue(system: SystemScore, metric: MetricChoice): number | null {
  if (metric.kind === 'overall') return system.overall;
  if (metric.kind === 'category') return system.categories[metric.id]?.score ?? null;
  return system.standards[metric.id] ?? null;
}

/** "readiness", "Transfers of care score", "BaRS score": how the metric reads in a sentence. */
export function metricName(feed: Pick<Feed, 'categories' | 'standards'>, metric: MetricChoice) {
  if (metric.kind === 'overall') return 'readiness';
  const list = metric.kind === 'category' ? feed.categories : feed.standards;
  const name = list.find((item) => item.id === metric.id)?.name ?? metric.id;
  return `${name} score`;
}

/** Competition ranking (1, 2, 2, 4) of the values given, highest first; null values unranked. */
export function rankValues(entries: readonly { code: string; value: number | null }[]) {
  const ranked = entries
    .filter((entry): entry is { code: string; value: number } => entry.value !== null)
    .sort((a, b) => b.value - a.value);
  const ranks: Record<string, number> = {};
  ranked.forEach((entry, index) => {
    const previous = ranked[index - 1];
    ranks[entry.code] =
      previous && previous.value === entry.value ? (ranks[previous.code] ?? index + 1) : index + 1;
  });
  return ranks;
}
