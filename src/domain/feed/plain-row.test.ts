import { describe, expect, it } from 'vitest';
import { hasUndefinedOwn, keysFollow, trimmedText } from './plain-row';

const ORDER = ['system', 'period', 'component'];

describe('keysFollow', () => {
  it.each<[string, Record<string, unknown>, number, boolean]>([
    ['all keys in order', { system: 1, period: 2, component: 3 }, 3, true],
    ['a subset in order', { system: 1, component: 3 }, 2, true],
    ['keys out of order', { period: 2, system: 1, component: 3 }, 3, false],
    ['an extra key', { system: 1, period: 2, component: 3, extra: 4 }, 3, false],
    ['fewer keys than counted (a value read from elsewhere)', { system: 1, period: 2 }, 3, false],
    ['an own __proto__ key', JSON.parse('{"system":1,"__proto__":{}}'), 1, false],
    ['no keys', {}, 0, true],
  ])('%s', (_name, row, count, expected) => {
    expect(keysFollow(row, ORDER, count)).toBe(expected);
  });
});

describe('trimmedText', () => {
  it.each<[string, unknown, string | undefined]>([
    ['plain text, kept as it is', 'Ambrel', 'Ambrel'],
    ['padded text, trimmed', '  Ambrel \n', 'Ambrel'],
    ['a no-break space at an end, trimmed as String.trim does', '\u00a0Ambrel', 'Ambrel'],
    ['non-ASCII letters at the ends, kept', 'Émile Ō', 'Émile Ō'],
    ['empty', '', undefined],
    ['only spaces', '   ', undefined],
    ['at the maximum length', 'x'.repeat(10), 'x'.repeat(10)],
    ['over the maximum length', 'x'.repeat(11), undefined],
    ['over the maximum only before trimming', ` ${'x'.repeat(10)} `, 'x'.repeat(10)],
    ['not a string', 5, undefined],
  ])('%s', (_name, value, expected) => {
    expect(trimmedText(value, 10)).toBe(expected);
  });
});

describe('hasUndefinedOwn', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['an own key set to undefined', { system: undefined }, true],
    ['an absent key', {}, false],
    ['a key with a value', { system: 'S1' }, false],
    ['an undefined key outside the list', { other: undefined }, false],
  ])('%s', (_name, row, expected) => {
    expect(hasUndefinedOwn(row, ORDER)).toBe(expected);
  });
});
