/**
 * The few checks URL parameters need, written out: zod/mini brought zod's core with it (its
 * schema module is shared with the full build the feed readers load), 16 kB gzip in every route's
 * first view for these dozen checks (issue 15). Each check answers like zod's `safeParse`, so
 * decodeParam reads a value the same way, and a parameter's type comes from its check.
 */
export type Checked<T> = { success: true; data: T } | { success: false };

export interface ValueCheck<T> {
  safeParse: (value: unknown) => Checked<T>;
}

const REJECTED = { success: false } as const;

/** A check from a test; the value passes as it is. */
function passes<T>(test: (value: unknown) => value is T): ValueCheck<T> {
  return { safeParse: (value) => (test(value) ? { success: true, data: value } : REJECTED) };
}

export const anyText: ValueCheck<string> = passes((value) => typeof value === 'string');

export const trueOrFalse: ValueCheck<boolean> = passes((value) => typeof value === 'boolean');

/** Text of at least one character. */
export const someText: ValueCheck<string> = passes(
  (value): value is string => typeof value === 'string' && value !== '',
);

/** Text the whole of which `pattern` matches (the pattern is anchored, and never global). */
export function textMatching(pattern: RegExp): ValueCheck<string> {
  return passes((value): value is string => typeof value === 'string' && pattern.test(value));
}

/** One of `values`, exactly. */
export function oneOf<const V extends readonly string[]>(values: V): ValueCheck<V[number]> {
  return passes((value): value is V[number] => values.includes(value as string));
}

/** A finite number from `min` to `max`, both included. */
export function numberFrom(min: number, max: number): ValueCheck<number> {
  return passes(
    (value): value is number =>
      typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
  );
}

export function orNull<T>(check: ValueCheck<T>): ValueCheck<T | null> {
  return {
    safeParse: (value) => (value === null ? { success: true, data: null } : check.safeParse(value)),
  };
}

/** An array whose every item passes `item`; a new array of the checked items. */
export function listOf<T>(item: ValueCheck<T>): ValueCheck<T[]> {
  return {
    safeParse: (value) => {
      if (!Array.isArray(value)) return REJECTED;
      const data: T[] = [];
      for (const entry of value) {
        const checked = item.safeParse(entry);
        if (!checked.success) return REJECTED;
        data.push(checked.data);
      }
      return { success: true, data };
    },
  };
}

/** A plain object whose every key passes `key` and every value `entry`; a new plain object. */
export function recordOf<T>(
  key: ValueCheck<string>,
  entry: ValueCheck<T>,
): ValueCheck<Record<string, T>> {
  return {
    safeParse: (value) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECTED;
      const entries: [string, T][] = [];
      for (const [name, item] of Object.entries(value)) {
        const checked = entry.safeParse(item);
        if (!key.safeParse(name).success || !checked.success) return REJECTED;
        entries.push([name, checked.data]);
      }
      // fromEntries, not assignment: a key like `__proto__` stays plain data.
      return { success: true, data: Object.fromEntries(entries) };
    },
  };
}
