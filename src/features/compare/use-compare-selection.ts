import { useCallback } from 'react';
import { selectionFromCodes } from '../../domain/compare/compare-selection';
import type { Selection } from '../../domain/compare/compare-selection';
import type { System } from '../../domain/feed/feed-schema';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';

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
  const requested = useUrlParam('systems');
  const write = useUrlWriter();
  const inPeriod = new Set(periodSystems.map((system) => system.code));
  const selection = selectionFromCodes(requested, feedSystems, inPeriod);
  const setCodes = useCallback(
    (codes: readonly string[]) => write({ systems: [...codes] }),
    [write],
  );
  return { ...selection, setCodes };
}
