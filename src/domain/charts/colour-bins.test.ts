import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../format/format-number';
import { SCORE_PALETTE } from './chart-theme';
import { binCounts, binOf, fixedClasses, SCORE_CLASSES } from './colour-bins';

describe('SCORE_CLASSES', () => {
  it('are ten classes of width 10, labelled so that no two overlap', () => {
    expect(SCORE_CLASSES.map((bin) => bin.label)).toEqual([
      '0 to under 10',
      '10 to under 20',
      '20 to under 30',
      '30 to under 40',
      '40 to under 50',
      '50 to under 60',
      '60 to under 70',
      '70 to under 80',
      '80 to under 90',
      '90 to 100',
    ]);
    expect(SCORE_CLASSES.map((bin) => bin.colour)).toEqual([...SCORE_PALETTE]);
  });
});

describe('binOf on the score classes', () => {
  it.each([
    [0, '0 to under 10'],
    [9.49, '0 to under 10'],
    // shown as "10", so coloured as 10 to under 20
    [9.5, '10 to under 20'],
    [9.99, '10 to under 20'],
    [10, '10 to under 20'],
    [54.6, '50 to under 60'],
    [79.49, '70 to under 80'],
    // shown as "80": the review's example of a number printed outside its class
    [79.5, '80 to under 90'],
    [79.6, '80 to under 90'],
    [89.5, '90 to 100'],
    [99.99, '90 to 100'],
    [100, '90 to 100'],
    [-0.4, '0 to under 10'],
  ])('%s falls in %s', (value, label) => {
    expect(binOf(SCORE_CLASSES, value)?.label).toBe(label);
  });

  it.each([
    ['null', null],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a score below 0', -1],
    ['a score above 100', 100.5],
  ])('puts %s in no class', (_name, value) => {
    expect(binOf(SCORE_CLASSES, value)).toBeNull();
  });

  it('colours every value 0..100 (step 0.05) in the class whose label holds its shown number', () => {
    for (let step = 0; step <= 2000; step += 1) {
      const value = step * 0.05;
      const shown = Number(formatScore(value)); // what the map's label, tooltip and table print
      const label = binOf(SCORE_CLASSES, value)?.label ?? '';
      const [, from, under, to] = /^(\d+) to (under )?(\d+)$/.exec(label) ?? [];
      expect({
        value,
        label,
        inside: shown >= Number(from) && shown < Number(to) + (under ? 0 : 1),
      }).toEqual({ value, label, inside: true });
    }
  });

  it('puts every score in 0-100 in exactly one class (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (value) => {
        const shown = Number(formatScore(value));
        const holding = SCORE_CLASSES.filter(
          (bin, index) => shown >= bin.from && (shown < bin.to || (index === 9 && shown === 100)),
        );
        expect(holding).toEqual([binOf(SCORE_CLASSES, value)]);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('fixedClasses', () => {
  it('builds uneven classes from breaks, the last including its top', () => {
    expect(fixedClasses([0, 10, 25, 50, 100], ['a', 'b', 'c', 'd'])).toEqual([
      { from: 0, to: 10, colour: 'a', label: '0 to under 10' },
      { from: 10, to: 25, colour: 'b', label: '10 to under 25' },
      { from: 25, to: 50, colour: 'c', label: '25 to under 50' },
      { from: 50, to: 100, colour: 'd', label: '50 to 100' },
    ]);
  });
});

describe('binCounts', () => {
  it.each([
    ['no values', [], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['only missing values', [null, Number.NaN], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    // 79.6 shows as 80; 100 sits in the last class; 54.6 shows as 55
    ['a mix', [0, 9.99, 54.6, 79.4, 79.6, 100, null], [1, 1, 0, 0, 0, 1, 0, 1, 1, 1]],
  ])('counts %s', (_name, values, counts) => {
    expect(binCounts(SCORE_CLASSES, values)).toEqual(counts);
  });

  it('counts every finite 0-100 value once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null })),
        (values) => {
          const total = binCounts(SCORE_CLASSES, values).reduce((sum, count) => sum + count, 0);
          expect(total).toBe(values.filter((value) => value !== null).length);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});
