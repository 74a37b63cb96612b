/**
 * Bounds for the numbers the schema leaves open. The schema rejects the impossible (negative, zero,
 * not finite, a fraction of a person); these catch the implausible, which is more often a unit or
 * a typing slip than a fact. They warn rather than reject: the row is still good for everything else.
 */
import { formatPopulation } from '../format/format-number';
import type { RowProblem } from './feed-issues';
import type { System } from './feed-schema';

/**
 * England is about 130,000 km² and its largest system under 30,000 km²; below 0.01 km² (a hectare)
 * or above 1,000,000 km² the figure cannot be a health system's area, whatever the country.
 */
export const AREA_KM2_PLAUSIBLE = { min: 0.01, max: 1_000_000 } as const;

/** No health system serves more than a billion people; the largest country has about 1.4 billion. */
export const POPULATION_PLAUSIBLE_MAX = 1_000_000_000;

export interface PlausibleSystem {
  value: System;
  warnings: RowProblem[];
}

/**
 * The system as it will be used, with a warning per implausible figure. An implausible area is
 * dropped (treated as not given): a density worked out from it would read "0 per km²" and pull the
 * system's peers towards nonsense. An implausible population is kept, as it is required and every
 * score is weighted by it, but flagged so the publisher checks it.
 */
export function plausibleSystem(system: System, path: string): PlausibleSystem {
  const warnings: RowProblem[] = [];
  let value = system;
  const area = system.areaKm2;
  if (area !== undefined && (area < AREA_KM2_PLAUSIBLE.min || area > AREA_KM2_PLAUSIBLE.max)) {
    value = { ...system };
    delete value.areaKm2;
    warnings.push({
      path: `${path}.areaKm2`,
      reason: `areaKm2 ${String(area)} is not a plausible area for a health system (expected ${AREA_KM2_PLAUSIBLE.min} to ${formatPopulation(AREA_KM2_PLAUSIBLE.max)} km²), so it is ignored and the system's density is shown as not known`,
    });
  }
  if (system.population > POPULATION_PLAUSIBLE_MAX) {
    warnings.push({
      path: `${path}.population`,
      reason: `population ${formatPopulation(system.population)} is more than ${formatPopulation(POPULATION_PLAUSIBLE_MAX)}, which is not plausible for a health system; it is used as published, so check it`,
    });
  }
  return { value, warnings };
}
