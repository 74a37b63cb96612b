/**
 * JSON text for a feed, shaped for readable diffs: objects are spread over lines and every array
 * item (an observation, a system, a border) sits on one line of its own. Yields chunks so a
 * million-row benchmark feed never has to be one giant string.
 */
export function* serialiseFeed(feed: unknown): Generator<string> {
  yield* serialiseValue(feed, '');
  yield '\n';
}

function* serialiseValue(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i += 1) {
      yield `${inner}${JSON.stringify(value[i])}${i < value.length - 1 ? ',' : ''}\n`;
    }
    yield `${indent}]`;
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) {
      yield '{}';
      return;
    }
    yield '{\n';
    for (const [i, [key, v]] of entries.entries()) {
      yield `${inner}${JSON.stringify(key)}: `;
      yield* serialiseValue(v, inner);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}}`;
  } else {
    yield JSON.stringify(value);
  }
}

/** The whole text at once, for tests and small feeds. */
export function feedToJson(feed: unknown): string {
  return [...serialiseFeed(feed)].join('');
}
