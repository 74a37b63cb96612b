/**
 * Which systems are being compared (the URL's `systems` list, decoded in lib/url-state).
 * Two is the least that makes a comparison; eight is the most a side-by-side table and a chart of
 * overlaid lines can show before they stop being readable (eight lines need eight distinguishable
 * colours and markers, which is about the limit of any palette).
 */
import type { System } from '../feed/feed-schema';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 8;

export interface Selection {
  /** Codes to compare, in the reader's order, each once, at most MAX_COMPARED. */
  codes: string[];
  /** Codes in the URL that match no system in the feed. */
  unknown: string[];
  /**
   * Those of `codes` that are not systems in the quarter viewed (ended before it, or began after).
   * They are still compared, so a shared link never loses a system: their history shows in the
   * trend, and the page says why their scores for the quarter are blank.
   */
  notInPeriod: string[];
  /** Valid codes beyond the first MAX_COMPARED. */
  overLimit: string[];
}

/**
 * Checks a requested list against the feed. Codes match whatever their case (a typed "e54000008" still finds its
 * system), repeats count once, and nothing is silently lost: every code that is not compared is
 * returned with its reason, so the page can say why.
 */
export function selectionFromCodes(
  requested: readonly string[],
  feedSystems: readonly Pick<System, 'code'>[],
  periodCodes: ReadonlySet<string>,
): Selection {
  const canonical = new Map(feedSystems.map((system) => [system.code.toUpperCase(), system.code]));
  const selection: Selection = { codes: [], unknown: [], notInPeriod: [], overLimit: [] };
  const seen = new Set<string>();
  for (const raw of requested) {
    const text = raw.trim();
    if (text === '') continue;
    const code = canonical.get(text.toUpperCase());
    const key = code ?? text.toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (code === undefined) selection.unknown.push(text);
    else if (selection.codes.length >= MAX_COMPARED) selection.overLimit.push(code);
    else {
      selection.codes.push(code);
      if (!periodCodes.has(code)) selection.notInPeriod.push(code);
    }
  }
  return selection;
}

export type AddResult =
  { ok: true; codes: string[] } | { ok: false; reason: 'full' | 'already-chosen' | 'none-chosen' };

/** Adds a system at the end, refusing a repeat or a ninth rather than dropping another. */
export function addToSelection(codes: readonly string[], code: string): AddResult {
  if (code === '') return { ok: false, reason: 'none-chosen' };
  if (codes.includes(code)) return { ok: false, reason: 'already-chosen' };
  if (codes.length >= MAX_COMPARED) return { ok: false, reason: 'full' };
  return { ok: true, codes: [...codes, code] };
}

export function removeFromSelection(codes: readonly string[], code: string): string[] {
  return codes.filter((item) => item !== code);
}

/**
 * A system and its peers, the system first. The peer group's size is the peers module's choice;
 * this only guarantees the result fits the table.
 */
export function peerGroupSelection(code: string, peers: readonly { code: string }[]): string[] {
  const codes = [code, ...peers.map((peer) => peer.code).filter((peer) => peer !== code)];
  return [...new Set(codes)].slice(0, MAX_COMPARED);
}
