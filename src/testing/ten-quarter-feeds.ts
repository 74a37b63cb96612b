/**
 * Random feeds over ten quarters of the minimal feed's geography, for property tests of change over
 * the year: every quarter from 2025-Q1 has a year before, and one quarter can be removed (the
 * contract allows gaps). Shared by the tests that hold the map, the lists and the profile to one
 * rule, so they draw their feeds the same way.
 */
import fc from 'fast-check';
import { ADOPTION_STATUSES } from '../domain/adoption/adoption-statuses';
import type { AdoptionStatus, Feed, Observation } from '../domain/feed/feed-schema';
import { isSystemValidIn } from '../domain/geography/system-validity';
import { quarterFromOrdinal, quarterId, quarterIndex } from '../domain/periods/quarter';
import { minimalFeed } from './fixtures/feeds/minimal-feed';

const FIRST = quarterIndex('2024-Q1')!;
/** Ten quarters, 2024-Q1 to 2026-Q2. */
export const PERIODS = Array.from({ length: 10 }, (_, i) =>
  quarterId(quarterFromOrdinal(FIRST + i)),
);

/** Every system-standard-quarter the geography allows (S2 ends in March 2026, S4 begins in April). */
export const CELLS = PERIODS.flatMap((period) =>
  minimalFeed.geography.systems
    .filter((system) => isSystemValidIn(system, period))
    .flatMap((system) =>
      minimalFeed.standards.map((standard) => ({
        system: system.code,
        standard: standard.id,
        period,
      })),
    ),
);

/** A status for each cell, or nothing (a value not reported) about once in `freq` draws. */
export function cellStatusArrays(freq: number) {
  return fc.array(
    fc.option(fc.constantFrom<AdoptionStatus>(...ADOPTION_STATUSES), { nil: undefined, freq }),
    { minLength: CELLS.length, maxLength: CELLS.length },
  );
}

/** The minimal feed with those statuses over the ten quarters, the quarter `removed` left out. */
export function feedWithout(
  statuses: readonly (AdoptionStatus | undefined)[],
  removed: string,
): Feed {
  const observations: Observation[] = CELLS.flatMap((cell, i) => {
    const status = statuses[i];
    return status === undefined || cell.period === removed ? [] : [{ ...cell, status }];
  });
  return {
    ...minimalFeed,
    periods: PERIODS.filter((period) => period !== removed),
    observations,
    technology: minimalFeed.technology.filter((row) => row.period !== removed),
  };
}
