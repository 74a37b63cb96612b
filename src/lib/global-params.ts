import { PERIOD_PARAM } from './view-params';
import { CATEGORY_WEIGHTS_PARAM, STANDARD_WEIGHTS_PARAM } from './weights-param';

/**
 * Parameters that describe the whole view, not one page: they travel with every in-app link so
 * moving between pages keeps the reader's period and weights. The metric is per page.
 */
export const GLOBAL_PARAMS: readonly string[] = [
  PERIOD_PARAM,
  CATEGORY_WEIGHTS_PARAM,
  STANDARD_WEIGHTS_PARAM,
];

/** The global parameters of `search`, as a search string ("" or "?cw=..."). */
export function keepGlobalParams(search: string): string {
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of GLOBAL_PARAMS) {
    const value = current.get(name);
    if (value !== null) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
