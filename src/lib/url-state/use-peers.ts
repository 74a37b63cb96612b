import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Feed } from '../../domain/feed/feed-schema';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { defaultPeers } from '../../domain/peers/peer-groups';
import { readStoredPeers, resolvePeers, samePeers, writeStoredPeers } from './peer-choice';
import type { PeerSource } from './peer-choice';
import { useUrlParam, useUrlWriter } from './use-url-param';

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

/**
 * Writes in this tab: browsers fire `storage` only in other tabs, and a reset made while the URL
 * already has no `peers` changes nothing else, so without this the page would not re-read memory.
 */
const localWriters = new Set<() => void>();

/** Re-reads on `storage` events, so a choice made in another tab shows here too. */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  localWriters.add(onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    localWriters.delete(onChange);
  };
}

/**
 * The reader's peer group for `code` in `period`: the URL's `peers`, else the browser's memory of
 * it, else the default group (docs/peer-groups.md). Changes go to the URL and to memory.
 */
export function usePeers(feed: Feed, code: string, period: string): PeersState {
  const requested = useUrlParam('peers');
  const write = useUrlWriter();
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
  // Memoised on the decoded list (stable while its text is unchanged), so the profile model's
  // memo holds when other parameters change.
  const { peers, source } = useMemo(
    () => resolvePeers({ requested, stored, defaults, valid, self: code }),
    [requested, stored, defaults, valid, code],
  );
  const save = useCallback(
    (next: readonly string[]) => {
      const isDefault = samePeers(next, defaults);
      writeStoredPeers(browserStorage(), code, isDefault ? null : next);
      localWriters.forEach((notify) => notify());
      write({ peers: isDefault ? null : [...next] });
    },
    [code, defaults, write],
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
