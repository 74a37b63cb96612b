/**
 * The latent adoption level (0-1, the share of a system's organisations live) of every system,
 * standard and quarter. Synthetic: a logistic curve per standard (adoption-profiles.ts), a
 * system's general digital maturity shared across standards, its fit with each standard, a
 * little quarter-to-quarter noise, and the planted patterns (planted-patterns.ts). Levels never
 * go down: each quarter keeps at least the level of the one before.
 */
import { ADOPTION_PROFILES } from './adoption-profiles';
import type { Predecessor } from './geography';
import { DEPRIVATION_LINK, REGIONAL_COLLABORATIVES, STALLED_GROUP } from './planted-patterns';
import { random } from './prng';

export interface ModelSystem {
  code: string;
  regionCode: string;
  imdScore: number;
}

/** Latent levels keyed by `latentKey(system, standard)`, one value per period. */
export type LatentGrid = Map<string, number[]>;

export const latentKey = (system: string, standard: string) => `${system}|${standard}`;

/** How much of a system's spread comes from its general maturity rather than the standard. */
const MATURITY_LOADING = 0.6;
const NOISE_SD = 0.12;

export const logit = (p: number) => Math.log(p / (1 - p));
export const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function zScores(values: number[]): (value: number) => number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
  return (value) => (value - mean) / sd;
}

const stalledSystems: ReadonlySet<string> = new Set(STALLED_GROUP.systems);
const stalledStandards: ReadonlySet<string> = new Set(STALLED_GROUP.standards);
const deprivationStandards: ReadonlySet<string> = new Set(DEPRIVATION_LINK.standards);
const collaborativeRegions: ReadonlySet<string> = new Set(
  REGIONAL_COLLABORATIVES.regions.map((r) => r.code),
);

/** Quarters of progress made by quarter `t`: slowed after the stall for the stalled group. */
function effectiveTime(t: number, periods: string[], stalled: boolean): number {
  if (!stalled) return t;
  const from = periods.findIndex((p) => p >= STALLED_GROUP.fromPeriod);
  if (from < 0 || t <= from) return t;
  return from + STALLED_GROUP.progressFactor * (t - from);
}

function collaborativeBoost(t: number, periods: string[]): number {
  const from = periods.findIndex((p) => p >= REGIONAL_COLLABORATIVES.fromPeriod);
  if (from < 0 || t < from) return 0;
  const ramp = Math.min(1, (t - from + 1) / REGIONAL_COLLABORATIVES.rampQuarters);
  return ramp * REGIONAL_COLLABORATIVES.logitBoost;
}

export function modelLatentAdoption(
  systems: ModelSystem[],
  standards: string[],
  periods: string[],
  seed: string,
): LatentGrid {
  const imdZ = zScores(systems.map((s) => s.imdScore));
  const grid: LatentGrid = new Map();
  const span = Math.max(1, periods.length - 1);
  for (const system of systems) {
    const maturity = random(seed, 'maturity', system.code).normal();
    for (const standard of standards) {
      const profile = ADOPTION_PROFILES[standard];
      if (!profile) throw new Error(`no adoption profile for standard ${standard}`);
      const intercept = logit(profile.first);
      const slope = (logit(profile.last) - intercept) / span;
      const fit = random(seed, 'fit', system.code, standard).normal();
      const spread =
        profile.spread * (MATURITY_LOADING * maturity + Math.sqrt(1 - MATURITY_LOADING ** 2) * fit);
      const deprivation = deprivationStandards.has(standard)
        ? -DEPRIVATION_LINK.logitPerSd * imdZ(system.imdScore)
        : 0;
      const stalled = stalledSystems.has(system.code) && stalledStandards.has(standard);
      const lifted =
        standard === REGIONAL_COLLABORATIVES.standard &&
        collaborativeRegions.has(system.regionCode);
      let level = 0;
      const levels = periods.map((period, t) => {
        const noise = NOISE_SD * random(seed, 'noise', system.code, standard, period).normal();
        const boost = lifted ? collaborativeBoost(t, periods) : 0;
        const x =
          intercept +
          slope * effectiveTime(t, periods, stalled) +
          spread +
          deprivation +
          boost +
          noise;
        level = Math.max(level, logistic(x));
        return level;
      });
      grid.set(latentKey(system.code, standard), levels);
    }
  }
  return grid;
}

/**
 * Systems created by a merger or split continue smoothly from their predecessors: their level is
 * the mean of the predecessors' levels weighted by the residents each contributed.
 */
export function inheritLatentAdoption(
  grid: LatentGrid,
  predecessors: Map<string, Predecessor[]>,
  standards: string[],
  periodCount: number,
): void {
  for (const [code, parts] of predecessors) {
    const total = parts.reduce((sum, p) => sum + p.populationMoved, 0);
    for (const standard of standards) {
      const levels = Array.from({ length: periodCount }, (_, t) =>
        parts.reduce((sum, p) => {
          const level = grid.get(latentKey(p.code, standard))?.[t];
          if (level === undefined) throw new Error(`no level for predecessor ${p.code}`);
          return sum + (level * p.populationMoved) / total;
        }, 0),
      );
      grid.set(latentKey(code, standard), levels);
    }
  }
}
