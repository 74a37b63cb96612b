import { describe, expect, it } from 'vitest';
import {
  inheritLatentAdoption,
  latentKey,
  logistic,
  logit,
  modelLatentAdoption,
} from './adoption-model';
import { buildPeriods } from './periods';

const periods = buildPeriods('2024-Q1', '2026-Q3');
const systems = [
  { code: 'A', regionCode: 'R1', imdScore: 10 },
  { code: 'B', regionCode: 'R2', imdScore: 30 },
];

describe('modelLatentAdoption', () => {
  const grid = modelLatentAdoption(systems, ['nhs-number', 'bars', 'fdp'], periods, 'seed');

  it('gives one level in (0, 1) per period, never going down', () => {
    for (const levels of grid.values()) {
      expect(levels).toHaveLength(periods.length);
      levels.forEach((level, t) => {
        expect(level).toBeGreaterThan(0);
        expect(level).toBeLessThan(1);
        if (t > 0) expect(level).toBeGreaterThanOrEqual(levels[t - 1] ?? 0);
      });
    }
  });

  it('is deterministic for a seed and changes with it', () => {
    const again = modelLatentAdoption(systems, ['nhs-number', 'bars', 'fdp'], periods, 'seed');
    const other = modelLatentAdoption(systems, ['nhs-number', 'bars', 'fdp'], periods, 'other');
    expect([...again]).toEqual([...grid]);
    expect(other.get(latentKey('A', 'bars'))).not.toEqual(grid.get(latentKey('A', 'bars')));
  });

  it('fails loudly for a standard without a profile', () => {
    expect(() => modelLatentAdoption(systems, ['made-up'], periods, 's')).toThrow(
      /no adoption profile/,
    );
  });
});

describe('inheritLatentAdoption', () => {
  it('weights predecessors by the residents they contributed', () => {
    const grid = new Map([
      [latentKey('A', 'x'), [0.2, 0.4]],
      [latentKey('B', 'x'), [0.6, 0.8]],
    ]);
    inheritLatentAdoption(
      grid,
      new Map([
        [
          'N',
          [
            { code: 'A', populationMoved: 300 },
            { code: 'B', populationMoved: 100 },
          ],
        ],
      ]),
      ['x'],
      2,
    );
    const levels = grid.get(latentKey('N', 'x')) ?? [];
    expect(levels[0]).toBeCloseTo(0.3, 12); // (0.2 * 300 + 0.6 * 100) / 400
    expect(levels[1]).toBeCloseTo(0.5, 12);
  });
});

describe('logit and logistic', () => {
  it.each([0.01, 0.5, 0.97])('are inverses at %s', (p) => {
    expect(logistic(logit(p))).toBeCloseTo(p, 12);
  });
});
