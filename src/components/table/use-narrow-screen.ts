import { useSyncExternalStore } from 'react';

/**
 * Below this width nhsuk-frontend's responsive tables stack into cards and hide their header row,
 * so a sort button in a header would be an invisible Tab stop (its own breakpoint, 768 px).
 */
export const NARROW_TABLE_QUERY = '(max-width: 48.0525em)';

function query(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_TABLE_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether tables are stacked now; follows rotation and resizing. False where unknown. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
