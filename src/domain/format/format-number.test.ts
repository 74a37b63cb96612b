import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvNumber,
  csvPercent,
  formatChange,
  formatFixed,
  formatPercent,
  formatPoints,
  formatPopulation,
  formatScore,
  formatShare,
  formatSigned,
} from './format-number';

const RUNS = { seed: 23, numRuns: 500 };
const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true });

describe('text', () => {
  it.each([
    [27.65, 1, '27.7'],
    [2.675, 2, '2.68'],
    [-0.25, 1, '-0.3'],
    [-0.04, 1, '0.0'],
    [-0.4, 0, '0'],
    [63.5, 0, '64'],
    [12, 2, '12.00'],
  ])('formatFixed(%s, %s) is %s', (value, places, expected) => {
    expect(formatFixed(value, places)).toBe(expected);
  });

  it.each([
    [54.5, '55'],
    [54.49, '54'],
    [0, '0'],
    [100, '100'],
    [null, 'No data'],
    [undefined, 'No data'],
    [Number.NaN, 'No data'],
    [Infinity, 'No data'],
  ])('formatScore(%s) is %s', (value, expected) => {
    expect(formatScore(value)).toBe(expected);
  });

  it('formatScore says what is missing in the words given', () => {
    expect(formatScore(null, '–')).toBe('–');
  });

  it.each([
    [2.05, 1, '+2.1'],
    [-0.25, 1, '−0.3'],
    [-0.04, 1, '0.0'],
    [0, 0, '0'],
    [3.5, 0, '+4'],
  ])('formatSigned(%s, %s) is %s', (value, places, expected) => {
    expect(formatSigned(value, places)).toBe(expected);
  });

  it.each([
    [4.24, '+4.2 points'],
    [27.65, '+27.7 points'],
    [80.1 - 52.45, '+27.7 points'],
    [-1, '−1.0 points'],
    [-0.25, '−0.3 points'],
    [0.04, 'No change'],
    [-0.04, 'No change'],
    [0.05, '+0.1 points'],
    [null, 'Not enough data'],
    [undefined, 'Not enough data'],
    [Number.NaN, 'Not enough data'],
    [-Infinity, 'Not enough data'],
  ])('formatChange(%s) is %s', (points, expected) => {
    expect(formatChange(points)).toBe(expected);
  });

  it.each([
    [1, '1 point'],
    [0.6, '1 point'],
    [14.5, '15 points'],
    [0, '0 points'],
  ])('formatPoints(%s) is %s', (points, expected) => {
    expect(formatPoints(points)).toBe(expected);
  });

  it.each([
    [0.571218, 0, '57%'],
    [0.285, 0, '29%'],
    [0.145, 0, '15%'],
    [0.125, 1, '12.5%'],
    [1, 0, '100%'],
    [0, 0, '0%'],
    [12.345, 0, '1,235%'],
  ])('formatPercent(%s, %s) is %s', (share, places, expected) => {
    expect(formatPercent(share, places)).toBe(expected);
  });

  it.each([
    [0.5, '50%'],
    [null, 'No data'],
    [Number.NaN, 'No data'],
  ])('formatShare(%s) is %s', (share, expected) => {
    expect(formatShare(share)).toBe(expected);
  });

  it.each([
    [2518617, '2,518,617'],
    [999.5, '1,000'],
    [0, '0'],
  ])('formatPopulation(%s) is %s', (value, expected) => {
    expect(formatPopulation(value)).toBe(expected);
  });
});

describe('CSV cells', () => {
  it.each([
    [27.65, 1, 27.7],
    [-0.25, 1, -0.3],
    [-0.04, 1, 0],
    [2.675, 2, 2.68],
    [54.5, 0, 55],
    [null, 1, null],
    [undefined, 1, null],
    [Number.NaN, 1, null],
    [Infinity, 1, null],
  ])('csvNumber(%s, %s) is %s', (value, places, expected) => {
    expect(csvNumber(value, places)).toBe(expected);
  });

  it.each([
    [0.285, 0, 29],
    [0.145, 0, 15],
    [0.571218, 0, 57],
    [0.571218, 1, 57.1],
    [null, 0, null],
    [Number.NaN, 0, null],
  ])('csvPercent(%s, %s) is %s', (share, places, expected) => {
    expect(csvPercent(share, places)).toBe(expected);
  });
});

describe('screen and CSV agree (properties)', () => {
  it('csvNumber at d places, written to d places, is the number the text shows', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 0, max: 3 }), (value, places) => {
        expect(csvNumber(value, places)?.toFixed(places)).toBe(formatFixed(value, places));
        expect(formatScore(value)).toBe(csvNumber(value, 0)?.toFixed(0));
      }),
      RUNS,
    );
  });

  it('a change reads the same from its CSV cell as from the value', () => {
    fc.assert(
      fc.property(finite, (value) => {
        const cell = csvNumber(value, 1);
        const text = formatChange(value);
        expect(formatChange(cell)).toBe(text);
        const digits = text === 'No change' ? '0.0' : text.replace(/^[+−]| points$/g, '');
        expect(Math.abs(cell ?? Number.NaN).toFixed(1)).toBe(digits);
      }),
      RUNS,
    );
  });

  it('a percentage reads the same on screen and in CSV', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        expect(formatPercent(share)).toBe(`${csvPercent(share)}%`);
      }),
      RUNS,
    );
  });
});
