/**
 * For each system whose data product gave no data, the words every screen shows instead of a
 * number: "No data" for a product unusable or unreachable, "Loading" for one not arrived yet; and
 * the "based on N of M" that qualifies figures drawn from part of a mesh.
 */
import type { MergedMesh } from './merge-mesh';

/** "No data: somerset is unavailable (it uses another contract version)". */
export function unavailableText(product: string, reason: string): string {
  return `No data: ${product} is unavailable (${reason})`;
}

const LOADING_WORD = 'Loading';

/**
 * "Loading: somerset has not arrived yet": a system drawn before its product arrived has no data
 * *yet*, which is neither "No data" (the product failed) nor zero.
 */
export function loadingText(product: string): string {
  return `${LOADING_WORD}: ${product} has not arrived yet`;
}

/** True for loadingText's words, so a map can draw a system still loading unlike a failed one. */
export function isLoadingText(text: string | null | undefined): boolean {
  return text?.startsWith(`${LOADING_WORD}: `) ?? false;
}

/**
 * Each system whose product gave no data, code to the words shown instead of a number: "No data"
 * for a product unusable or unreachable, "Loading" for one not arrived yet.
 */
export function unavailableSystems(merged: MergedMesh): Map<string, string> {
  const result = new Map<string, string>();
  for (const [code, source] of merged.sources) {
    if (source.kind === 'unavailable')
      result.set(code, unavailableText(source.product, source.reason));
    else if (source.kind === 'pending') result.set(code, loadingText(source.product));
  }
  return result;
}

/** "based on 39 of 42 data products", or null when every product gave data. */
export function basedOnProducts({ loaded, total }: MergedMesh['products']): string | null {
  return loaded === total ? null : `based on ${loaded} of ${total} data products`;
}

/**
 * The word for a figure of a group of systems that has none: "Loading" while any member's product
 * is still on its way (the figure may yet come), else "No data".
 */
export function groupMissingWord(
  codes: Iterable<string>,
  noData: ReadonlyMap<string, string>,
): 'Loading' | 'No data' {
  for (const code of codes) if (isLoadingText(noData.get(code))) return 'Loading';
  return 'No data';
}

/**
 * What a rank among a group must say of the members it could not see: "so far: 4 peers still
 * loading" (the rank may yet change), "1 peer with no data is not ranked", or null when it saw
 * them all. `self` is left out: a system's own product is told apart, under its name.
 */
export function rankGapNote(
  codes: Iterable<string>,
  noData: ReadonlyMap<string, string>,
  self: string,
  noun: 'peer' | 'system',
): string | null {
  let loading = 0;
  let missing = 0;
  for (const code of codes) {
    if (code === self) continue;
    const text = noData.get(code);
    if (text === undefined) continue;
    if (isLoadingText(text)) loading += 1;
    else missing += 1;
  }
  const count = (n: number) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  if (loading > 0)
    return `so far: ${count(loading)} still loading${missing > 0 ? `, ${missing} with no data` : ''}`;
  if (missing > 0)
    return `${count(missing)} with no data ${missing === 1 ? 'is' : 'are'} not ranked`;
  return null;
}
