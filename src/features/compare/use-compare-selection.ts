import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import {
  selectionFromParam,
  selectionToParam,
  SYSTEMS_PARAM,
} from '../../domain/compare/compare-selection';
import type { Selection } from '../../domain/compare/compare-selection';
import type { System } from '../../domain/feed/feed-schema';
import { useSearchUpdater } from '../../lib/use-search-updater';

export interface CompareSelection extends Selection {
  /** Writes the chosen codes to the URL: a new history entry, so Back undoes a change. */
  setCodes: (codes: readonly string[]) => void;
}

/**
 * The systems being compared, from `?systems=`. Codes that cannot be compared stay in the URL
 * until the reader changes the selection, so a link opened on another quarter still works there.
 */
export function useCompareSelection(
  feedSystems: readonly System[],
  periodSystems: readonly System[],
): CompareSelection {
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const inPeriod = new Set(periodSystems.map((system) => system.code));
  const selection = selectionFromParam(params.get(SYSTEMS_PARAM), feedSystems, inPeriod);
  const setCodes = useCallback(
    (codes: readonly string[]) =>
      update((next) => {
        const value = selectionToParam(codes);
        if (value === null) next.delete(SYSTEMS_PARAM);
        else next.set(SYSTEMS_PARAM, value);
        return next;
      }),
    [update],
  );
  return { ...selection, setCodes };
}
