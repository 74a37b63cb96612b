import { describe, expect, it } from 'vitest';
import { basisNote, fixed, fixedTo, signed, signedTo } from './divides-format';

describe('divides formatters', () => {
  it.each([
    ['fixed', fixed(12.345, 1), '12.3'],
    ['fixed, never -0.0', fixed(-0.04, 1), '0.0'],
    ['fixed, none', fixed(null, 1), '–'],
    ['fixed, missing', fixed(undefined, 2), '–'],
    ['fixed, NaN', fixed(Number.NaN, 0), '–'],
    ['signed, up', signed(2.06, 1), '+2.1'],
    ['signed, down with a true minus', signed(-0.44, 1), '\u22120.4'],
    ['signed, infinite', signed(Number.POSITIVE_INFINITY, 1), '–'],
    ['fixedTo', fixedTo(3)(0.12345), '0.123'],
    ['fixedTo, none', fixedTo(1)(null), '–'],
    ['signedTo', signedTo(3)(0.0126), '+0.013'],
    [
      'basisNote, a partial mesh',
      basisNote('based on 48 of 50 data products'),
      ' Based on 48 of 50 data products: systems whose product gave no data are left out.',
    ],
    ['basisNote, every product or a single feed', basisNote(null), ''],
  ])('%s', (_, shown, expected) => {
    expect(shown).toBe(expected);
  });
});
