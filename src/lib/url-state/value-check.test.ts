import { describe, expect, it } from 'vitest';
import { MetricCheck } from './metric';
import type { ValueCheck } from './value-check';
import {
  anyText,
  listOf,
  numberFrom,
  oneOf,
  orNull,
  recordOf,
  someText,
  textMatching,
  trueOrFalse,
} from './value-check';
import { WeightDiffsCheck } from './weight-diffs';

const NO = { success: false };
const yes = (data: unknown) => ({ success: true, data });

describe.each<[string, ValueCheck<unknown>, [unknown, unknown][]]>([
  [
    'anyText',
    anyText,
    [
      ['', yes('')],
      ['a b', yes('a b')],
      [1, NO],
      [null, NO],
      [undefined, NO],
    ],
  ],
  [
    'trueOrFalse',
    trueOrFalse,
    [
      [true, yes(true)],
      [false, yes(false)],
      ['on', NO],
      [0, NO],
    ],
  ],
  [
    'someText',
    someText,
    [
      ['x', yes('x')],
      ['', NO],
      [' ', yes(' ')],
      [['x'], NO],
    ],
  ],
  [
    'textMatching(/^\\d{4}-Q[1-4]$/)',
    textMatching(/^\d{4}-Q[1-4]$/),
    [
      ['2026-Q3', yes('2026-Q3')],
      ['2026-Q5', NO],
      ['x2026-Q3', NO],
      [2026, NO],
    ],
  ],
  [
    "oneOf(['asc', 'desc'])",
    oneOf(['asc', 'desc']),
    [
      ['asc', yes('asc')],
      ['desc', yes('desc')],
      ['ASC', NO],
      ['', NO],
      [null, NO],
    ],
  ],
  [
    'numberFrom(0, 100)',
    numberFrom(0, 100),
    [
      [0, yes(0)],
      [100, yes(100)],
      [12.5, yes(12.5)],
      [-1, NO],
      [100.1, NO],
      [NaN, NO],
      [Infinity, NO],
      ['5', NO],
    ],
  ],
  [
    'orNull(someText)',
    orNull(someText),
    [
      [null, yes(null)],
      ['a', yes('a')],
      ['', NO],
      [undefined, NO],
    ],
  ],
  [
    'listOf(someText)',
    listOf(someText),
    [
      [[], yes([])],
      [['a', 'b'], yes(['a', 'b'])],
      [['a', ''], NO],
      ['a', NO],
      [{ 0: 'a' }, NO],
    ],
  ],
  [
    'WeightDiffsCheck',
    WeightDiffsCheck,
    [
      [{}, yes({})],
      [{ bars: 20, 'gp-connect': 0 }, yes({ bars: 20, 'gp-connect': 0 })],
      [{ Bars: 20 }, NO],
      [{ bars: 101 }, NO],
      [{ bars: '20' }, NO],
      [[], NO],
      [null, NO],
    ],
  ],
  [
    'MetricCheck',
    MetricCheck,
    [
      [{ kind: 'overall' }, yes({ kind: 'overall' })],
      [{ kind: 'overall', id: 'x' }, yes({ kind: 'overall' })],
      [{ kind: 'category', id: 'transfers' }, yes({ kind: 'category', id: 'transfers' })],
      [{ kind: 'standard', id: 'bars', extra: 1 }, yes({ kind: 'standard', id: 'bars' })],
      [{ kind: 'measure', id: 'm1' }, yes({ kind: 'measure', id: 'm1' })],
      [{ kind: 'measure', id: '' }, NO],
      [{ kind: 'measure' }, NO],
      [{ kind: 'region', id: 'x' }, NO],
      ['overall', NO],
      [null, NO],
    ],
  ],
])('%s', (_name, check, cases) => {
  it.each(cases)('%j gives %j', (value, expected) => {
    expect(check.safeParse(value)).toEqual(expected);
  });
});

describe('recordOf', () => {
  it('keeps a __proto__ key as plain data, not as the prototype', () => {
    const parsed = recordOf(anyText, anyText).safeParse(JSON.parse('{"__proto__":"x"}'));
    expect(parsed.success && Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
    expect(parsed.success && Object.keys(parsed.data)).toEqual(['__proto__']);
  });
});
