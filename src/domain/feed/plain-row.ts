/**
 * Shared checks of the fast accept paths (observations, technology). They only ever say "plainly
 * valid" or "not sure"; "not sure" sends the row to the zod path, which is the reference for both
 * values and messages. Written for a million rows: no allocation for a row that is already exact.
 */

export type PlainRecord = Record<string, unknown>;

export const isPlainRecord = (raw: unknown): raw is PlainRecord =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);

/**
 * True when `row` has exactly `count` enumerable keys, all from `order` and in that order: then it
 * holds nothing zod would strip and serialises as zod's output would, so it can be kept as it is
 * instead of copied. The keys of parsed JSON are internalised, so each compare is one pointer.
 */
export function keysFollow(row: PlainRecord, order: readonly string[], count: number): boolean {
  let next = 0;
  let seen = 0;
  for (const key in row) {
    while (next < order.length && order[next] !== key) next++;
    if (next === order.length) return false;
    next++;
    seen++;
  }
  return seen === count;
}

/** True when `row` has an own `key` set to undefined, which zod keeps and a copy would drop. */
export function hasUndefinedOwn(row: PlainRecord, keys: readonly string[]): boolean {
  return keys.some((key) => row[key] === undefined && Object.hasOwn(row, key));
}

/**
 * Whether `text` has nothing for `trim()` to remove. Printable ASCII at both ends answers without
 * calling trim (which would allocate); anything else asks trim itself, so the rule stays zod's.
 */
function isTrimmed(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return true;
  return text.trim().length === text.length;
}

/**
 * The value of a `z.string().trim().min(1).max(max)` field: the trimmed text when it meets the
 * bounds, else undefined. When nothing needed trimming it is `value` itself (same length).
 */
export function trimmedText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = isTrimmed(value) ? value : value.trim();
  return text.length >= 1 && text.length <= max ? text : undefined;
}
