import { numberFrom, recordOf, textMatching } from './value-check';
import type { Weights } from '../../domain/scoring/weights';

/**
 * What-if weights live in the URL as differences from the published weights, so a link is short,
 * readable and reproduces the view: `?cw=transfers:20,citizen:5&sw=bars:0`. Ids are lower-case
 * letters, digits and hyphens (the feed contract), so `:` and `,` are safe separators.
 */
export type WeightDiffs = Record<string, number>;

const MAX_WEIGHT = 100;
const IdCheck = textMatching(/^[a-z0-9-]{1,60}$/);
const WeightCheck = numberFrom(0, MAX_WEIGHT);
export const WeightDiffsCheck = recordOf(IdCheck, WeightCheck);

/** `id:weight` pairs; a bad pair is skipped on its own, so one typo does not lose the rest. */
export function decodeWeightDiffs(raw: string): WeightDiffs {
  const entries: [string, number][] = [];
  for (const pair of raw.split(',')) {
    const [id, text] = pair.split(':');
    if (text === undefined || text.trim() === '') continue;
    const value = Number(text);
    if (IdCheck.safeParse(id).success && WeightCheck.safeParse(value).success) {
      entries.push([id!, value]);
    }
  }
  // fromEntries, not assignment: an id like `__proto__` must stay plain data.
  return Object.fromEntries(entries);
}

export function encodeWeightDiffs(diffs: WeightDiffs): string {
  return Object.entries(diffs)
    .map(([id, value]) => `${id}:${formatWeight(value)}`)
    .join(',');
}

function formatWeight(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** The weights that differ from the defaults, in the defaults' order. */
export function weightDiffs(
  values: Record<string, number>,
  defaults: Record<string, number>,
): WeightDiffs {
  return Object.fromEntries(
    Object.keys(defaults)
      .filter((id) => values[id] !== undefined && values[id] !== defaults[id])
      .map((id) => [id, values[id] ?? 0]),
  );
}

/** The defaults with the differences applied; ids the feed does not have are ignored. */
export function withWeightDiffs(
  diffs: WeightDiffs,
  defaults: Record<string, number>,
): Record<string, number> {
  const result = { ...defaults };
  for (const [id, value] of Object.entries(diffs)) {
    if (Object.hasOwn(defaults, id)) result[id] = value;
  }
  return result;
}

/** A stable text key for the weights being used, for caching scores per weighting. */
export function weightsKey(weights: Weights, defaults: Weights): string {
  const cw = encodeWeightDiffs(weightDiffs(weights.categories, defaults.categories));
  const sw = encodeWeightDiffs(weightDiffs(weights.standards, defaults.standards));
  // Measured use changes every linked standard's score, so it is part of the weighting's key.
  const mu = weights.measuredUse === true ? '|mu' : '';
  return cw || sw || mu ? `${cw}|${sw}${mu}` : 'published';
}
