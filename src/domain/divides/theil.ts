/**
 * Regional or local? The population-weighted Theil T index splits exactly into inequality between
 * regions (as if everyone had their region's average) and inequality within them:
 *   T = sum_i s_i ln(y_i / mu),  s_i = p_i y_i / sum(p y)  (a system's share of the total)
 *   T_between = sum_g S_g ln(mu_g / mu),  T_within = sum_g S_g T_g,  T = T_between + T_within.
 * A system scoring 0 adds nothing (s ln s -> 0 as s -> 0). Undefined when the mean is 0.
 */
import type { SystemValue } from './metric-values';

export interface TheilDecomposition {
  total: number;
  between: number;
  within: number;
  /** between / total; null when total is 0 (everyone equal: nothing to split). */
  betweenShare: number | null;
  /** Which part is larger; "none" when there is no inequality. */
  dominant: 'between regions' | 'within regions' | 'none';
}

type Item = Pick<SystemValue, 'value' | 'population'>;

function weightedMean(items: readonly Item[]): number | null {
  let population = 0;
  let total = 0;
  for (const item of items) {
    population += item.population;
    total += item.population * item.value;
  }
  return population > 0 ? total / population : null;
}

/** Theil T of the items, population-weighted; null when the weighted mean is 0 or undefined. */
export function theilT(items: readonly Item[]): number | null {
  const mean = weightedMean(items);
  if (mean === null || mean === 0) return null;
  const totalIncome = items.reduce((sum, i) => sum + i.population * i.value, 0);
  let t = 0;
  for (const item of items) {
    if (item.value === 0 || item.population === 0) continue;
    t += ((item.population * item.value) / totalIncome) * Math.log(item.value / mean);
  }
  return t;
}

export function theilDecomposition(
  items: readonly Pick<SystemValue, 'value' | 'population' | 'regionCode'>[],
): TheilDecomposition | null {
  const mean = weightedMean(items);
  const total = theilT(items);
  if (mean === null || total === null) return null;
  const totalIncome = items.reduce((sum, i) => sum + i.population * i.value, 0);
  const groups = new Map<string, Item[]>();
  for (const item of items)
    groups.set(item.regionCode, [...(groups.get(item.regionCode) ?? []), item]);
  let between = 0;
  let within = 0;
  for (const members of groups.values()) {
    const groupMean = weightedMean(members);
    const share = members.reduce((sum, i) => sum + i.population * i.value, 0) / totalIncome;
    if (groupMean === null || groupMean === 0 || share === 0) continue;
    between += share * Math.log(groupMean / mean);
    within += share * (theilT(members) ?? 0);
  }
  // Rounding can leave -1e-17 where there is no inequality at all.
  const clean = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v);
  const [t, b, w] = [clean(total), clean(between), clean(within)];
  return {
    total: t,
    between: b,
    within: w,
    betweenShare: t > 0 ? b / t : null,
    dominant: t === 0 ? 'none' : b > w ? 'between regions' : 'within regions',
  };
}
