/** JSON paths for issues, e.g. `$.observations[12].coverage`, built only when something is wrong. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function segment(key: PropertyKey): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  if (IDENTIFIER.test(name)) return `.${name}`;
  return `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** Appends keys to a path: `joinPath('$.periods', [3])` is `$.periods[3]`. */
export function joinPath(base: string, keys: readonly PropertyKey[]): string {
  let path = base;
  for (const key of keys) path += segment(key);
  return path;
}

/** A path inside a row, for messages: `['to', 0, 'code']` is `to[0].code`. */
export function fieldLabel(keys: readonly PropertyKey[]): string {
  const path = joinPath('', keys);
  return path.startsWith('.') ? path.slice(1) : path;
}

/** The own value at `keys` inside `value`, or undefined; never reads inherited properties. */
export function valueAt(value: unknown, keys: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
