import { useMemo } from 'react';
import { unavailableSystems } from '../../domain/mesh/no-data-text';
import type { LoadedFeed } from '../decode-feed';

const NONE: ReadonlyMap<string, string> = new Map();

/** For a mesh, each system whose product gave no data and the words to show; empty otherwise. */
export function useUnavailableSystems(loaded: LoadedFeed): ReadonlyMap<string, string> {
  const merged = loaded.mesh?.merged;
  return useMemo(() => (merged ? unavailableSystems(merged) : NONE), [merged]);
}
