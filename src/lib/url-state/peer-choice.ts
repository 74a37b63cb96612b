/**
 * "My peers": the reader's peer group for a system, from the URL's `peers` (registered in
 * url-params.ts) and remembered in the browser per system. The URL wins over the browser's memory,
 * which wins over the default group (docs/peer-groups.md). Pure functions here; the hook is
 * use-peers.ts.
 */
import { decodeList } from './param-codec';

export type PeerSource = 'url' | 'storage' | 'default';

/** The browser storage key for a system's peer group. */
export function peersStorageKey(code: string): string {
  return `interop:peers:${code}`;
}

/**
 * The valid codes of a comma-separated list, deduplicated, in the order given; never the system
 * itself. null when there is no list, or a non-empty list with no valid code (a stale link or
 * memory, which should fall back rather than empty the group). "" is a deliberate empty group.
 */
export function parsePeerList(
  text: string | null,
  valid: ReadonlySet<string>,
  self: string,
): string[] | null {
  return validPeerList(text === null ? null : decodeList(text), valid, self);
}

/** The same rule for a list already decoded from the URL. */
export function validPeerList(
  list: readonly string[] | null,
  valid: ReadonlySet<string>,
  self: string,
): string[] | null {
  if (list === null) return null;
  if (list.length === 0) return [];
  const kept = [...new Set(list)].filter((code) => code !== self && valid.has(code));
  return kept.length > 0 ? kept : null;
}

export function formatPeerList(codes: readonly string[]): string {
  return codes.join(',');
}

/** The peer group in force and where it came from. */
export function resolvePeers(input: {
  /** The URL's list, decoded (url-params.ts); null when the URL has none. */
  requested: readonly string[] | null;
  stored: string | null;
  defaults: readonly string[];
  valid: ReadonlySet<string>;
  self: string;
}): { peers: string[]; source: PeerSource } {
  const fromUrl = validPeerList(input.requested, input.valid, input.self);
  if (fromUrl !== null) return { peers: fromUrl, source: 'url' };
  const fromStorage = parsePeerList(input.stored, input.valid, input.self);
  if (fromStorage !== null) return { peers: fromStorage, source: 'storage' };
  return { peers: [...input.defaults], source: 'default' };
}

/** Same codes, whatever the order: adding a peer and removing it again is the default group. */
export function samePeers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((code) => set.has(code));
}

type PeerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The remembered list, or null; storage can be missing or refuse access (private modes). */
export function readStoredPeers(storage: PeerStorage | null, code: string): string | null {
  try {
    return storage?.getItem(peersStorageKey(code)) ?? null;
  } catch {
    return null;
  }
}

/** Remembers a list, or forgets it (null); failures are ignored: memory is a convenience. */
export function writeStoredPeers(
  storage: PeerStorage | null,
  code: string,
  peers: readonly string[] | null,
): void {
  try {
    if (peers === null) storage?.removeItem(peersStorageKey(code));
    else storage?.setItem(peersStorageKey(code), formatPeerList(peers));
  } catch {
    // Quota or privacy settings: the URL still holds the choice.
  }
}
