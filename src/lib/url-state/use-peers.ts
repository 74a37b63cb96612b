import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import type { Feed } from '../domain/feed/feed-schema';
import { systemsInPeriod } from '../domain/geography/system-validity';
import { defaultPeers } from '../domain/peers/peer-groups';
import {
  PEERS_PARAM,
  paramsWithPeers,
  readStoredPeers,
  resolvePeers,
  samePeers,
  writeStoredPeers,
} from './peers-param';
import type { PeerSource } from './peers-param';
import { useSearchUpdater } from './use-search-updater';

export interface PeersState {
  /** The peer group in force: codes of systems valid in the period, never the system itself. */
  peers: string[];
  /** The default group's codes, nearest first. */
  defaults: string[];
  isDefault: boolean;
  source: PeerSource;
  add: (code: string) => void;
  remove: (code: string) => void;
  reset: () => void;
}

/** Browsers can refuse storage altogether (some privacy modes throw on access). */
function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Re-reads on `storage` events, so a choice made in another tab shows here too. */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

/**
 * The reader's peer group for `code` in `period`: the URL's `peers`, else the browser's memory of
 * it, else the default group (docs/peer-groups.md). Changes go to the URL and to memory.
 */
export function usePeers(feed: Feed, code: string, period: string): PeersState {
  const [params] = useSearchParams();
  const update = useSearchUpdater();
  const stored = useSyncExternalStore(
    subscribe,
    () => readStoredPeers(browserStorage(), code),
    () => null,
  );
  const { defaults, valid } = useMemo(() => {
    const systems = systemsInPeriod(feed.geography.systems, period);
    return {
      defaults: defaultPeers(systems, code).map((match) => match.code),
      valid: new Set(systems.map((system) => system.code)),
    };
  }, [feed, code, period]);
  const { peers, source } = resolvePeers({
    param: params.get(PEERS_PARAM),
    stored,
    defaults,
    valid,
    self: code,
  });
  const save = useCallback(
    (next: readonly string[]) => {
      const isDefault = samePeers(next, defaults);
      writeStoredPeers(browserStorage(), code, isDefault ? null : next);
      update((current) => paramsWithPeers(current, next, defaults));
    },
    [code, defaults, update],
  );
  const add = useCallback(
    (peer: string) => {
      if (peer !== code && valid.has(peer) && !peers.includes(peer)) save([...peers, peer]);
    },
    [code, valid, peers, save],
  );
  const remove = useCallback(
    (peer: string) => save(peers.filter((candidate) => candidate !== peer)),
    [peers, save],
  );
  const reset = useCallback(() => save(defaults), [save, defaults]);
  return { peers, defaults, isDefault: samePeers(peers, defaults), source, add, remove, reset };
}
