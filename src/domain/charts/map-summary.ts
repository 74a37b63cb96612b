import type { Region } from '../feed/feed-schema';
import { formatScore } from '../format/format-number';
import type { MapDatum } from './map-model';
import { capitalise } from '../format/capitalise';

function extreme(data: readonly MapDatum[], pick: 'min' | 'max'): MapDatum | undefined {
  let best: MapDatum | undefined;
  for (const datum of data) {
    if (datum.value === null) continue;
    if (!best || best.value === null) best = datum;
    else if (pick === 'min' ? datum.value < best.value : datum.value > best.value) best = datum;
  }
  return best;
}

export interface RegionMean {
  code: string;
  name: string;
  mean: number | null;
  systems: number;
}

/** The unweighted average of each region's systems, highest first (regions with no data last). */
export function regionMeans(data: readonly MapDatum[], regions: readonly Region[]): RegionMean[] {
  return regions
    .map((region) => {
      const values = data
        .filter((datum) => datum.regionCode === region.code && datum.value !== null)
        .map((datum) => datum.value ?? 0);
      const mean = values.length
        ? values.reduce((sum, value) => sum + value, 0) / values.length
        : null;
      return { code: region.code, name: region.name, mean, systems: values.length };
    })
    .filter(
      (region) => region.systems > 0 || data.some((datum) => datum.regionCode === region.code),
    )
    .sort((a, b) => (b.mean ?? -Infinity) - (a.mean ?? -Infinity));
}

/**
 * The map in words, for screen readers and people in a hurry: the range, the regions at either
 * end, and how many values are low confidence or missing.
 */
export function mapSummary(
  data: readonly MapDatum[],
  regions: readonly Region[],
  what: string,
): string {
  const low = extreme(data, 'min');
  const high = extreme(data, 'max');
  if (!low || !high || low.value === null || high.value === null) {
    return `No system reported ${what} in this period.`;
  }
  const sentences = [
    `${capitalise(what)} ranges from ${formatScore(low.value)} in ${low.name} to ${formatScore(high.value)} in ${high.name}.`,
  ];
  const byRegion = regionMeans(data, regions).filter((region) => region.mean !== null);
  const top = byRegion[0];
  const bottom = byRegion.at(-1);
  if (top && bottom && top !== bottom && top.mean !== null && bottom.mean !== null) {
    sentences.push(
      `${top.name} is highest on average (${formatScore(top.mean)}) and ${bottom.name} lowest (${formatScore(bottom.mean)}).`,
    );
  }
  const missing = data.filter((datum) => datum.value === null).length;
  const lowConfidence = data.filter((datum) => datum.value !== null && datum.lowConfidence).length;
  if (lowConfidence > 0)
    sentences.push(`${plural(lowConfidence, 'value is', 'values are')} low confidence.`);
  if (missing > 0) sentences.push(`${plural(missing, 'system has', 'systems have')} no value.`);
  return sentences.join(' ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
