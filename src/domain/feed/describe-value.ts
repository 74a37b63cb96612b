/** How a received value is shown in a reason: short, and never the whole of a huge string. */

const MAX_SHOWN_CHARACTERS = 60;

function quote(text: string): string {
  const shown =
    text.length > MAX_SHOWN_CHARACTERS ? `${text.slice(0, MAX_SHOWN_CHARACTERS - 1)}…` : text;
  return JSON.stringify(shown);
}

function describeList(list: readonly unknown[]): string {
  if (list.length === 0) return 'an empty list';
  return list.length === 1 ? 'a list of 1 item' : `a list of ${list.length} items`;
}

/** `1.4`, `"high"`, `null`, `a list of 3 items`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return describeList(value);
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
