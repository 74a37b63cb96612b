import type { Weights } from '../domain/scoring/weights';

/**
 * What-if weights live in the URL as differences from the published weights, so a link is short,
 * readable and reproduces the view: `?cw=transfers:20,citizen:5&sw=bars:0`. Ids are lower-case
 * letters, digits and hyphens (the feed contract), so `:` and `,` are safe separators.
 */
export const CATEGORY_WEIGHTS_PARAM = 'cw';
export const STANDARD_WEIGHTS_PARAM = 'sw';
const MAX_WEIGHT = 100;

function encodeDiff(values: Record<string, number>, defaults: Record<string, number>): string {
  return Object.keys(defaults)
    .filter((id) => values[id] !== undefined && values[id] !== defaults[id])
    .map((id) => `${id}:${formatWeight(values[id] ?? 0)}`)
    .join(',');
}

function formatWeight(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Applies `id:weight` pairs to the defaults; unknown ids and bad numbers are ignored. */
function decodeDiff(
  param: string | null,
  defaults: Record<string, number>,
): Record<string, number> {
  const result = { ...defaults };
  for (const pair of (param ?? '').split(',')) {
    const [id, raw] = pair.split(':');
    if (!id || raw === undefined || !Object.hasOwn(defaults, id)) continue;
    const value = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= MAX_WEIGHT) {
      result[id] = value;
    }
  }
  return result;
}

export function weightsFromParams(params: URLSearchParams, defaults: Weights): Weights {
  return {
    categories: decodeDiff(params.get(CATEGORY_WEIGHTS_PARAM), defaults.categories),
    standards: decodeDiff(params.get(STANDARD_WEIGHTS_PARAM), defaults.standards),
  };
}

/** Returns new params with the weights written as differences; published weights leave no trace. */
export function paramsWithWeights(
  params: URLSearchParams,
  weights: Weights,
  defaults: Weights,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const entries = [
    [CATEGORY_WEIGHTS_PARAM, encodeDiff(weights.categories, defaults.categories)],
    [STANDARD_WEIGHTS_PARAM, encodeDiff(weights.standards, defaults.standards)],
  ] as const;
  for (const [name, value] of entries) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/** A stable text key for the weights being used, for caching scores per weighting. */
export function weightsKey(weights: Weights, defaults: Weights): string {
  const cw = encodeDiff(weights.categories, defaults.categories);
  const sw = encodeDiff(weights.standards, defaults.standards);
  return cw || sw ? `${cw}|${sw}` : 'published';
}
