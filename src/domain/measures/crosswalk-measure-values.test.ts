import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Crosswalk, Measure } from '../feed/feed-schema';
import { USERS_MEASURE, usersRow } from '../../testing/fixtures/domain/users-measure';
import {
  crosswalkedSeries,
  rebaseFromPredecessors,
  valuesInPeriod,
} from './crosswalk-measure-values';
import type { CrosswalkPart } from './crosswalk-measure-values';
import { measureValues } from './measure-values';

const RATE = { kind: 'rate', scale: 1000 } as const;
const SHARE = { kind: 'share', scale: 1 } as const;
const COUNT = { kind: 'count', scale: 1 } as const;

const part = (code: string, populationShare: number, numerator?: number, denominator?: number) => ({
  code,
  populationShare,
  row:
    numerator === undefined
      ? undefined
      : { system: code, period: '2026-03', numerator, denominator, value: 0 },
});

describe('rebaseFromPredecessors', () => {
  it.each<[string, Pick<Measure, 'kind' | 'scale'>, CrosswalkPart[], number | null, string[]]>([
    // (1 x 300 + 0.25 x 100) / (1 x 1000 + 0.25 x 2000) x 1000 = 325 / 1500 x 1000 = 216.667,
    // not the plain mean of 300 and 50 (175): the larger contribution weighs more.
    [
      'a rate from weighted parts',
      RATE,
      [part('A', 1, 300, 1000), part('B', 0.25, 100, 2000)],
      216.6667,
      [],
    ],
    // (0.5 x 30 + 1 x 10) / (0.5 x 40 + 1 x 40) = 25 / 60 = 0.4167
    [
      'a share from weighted parts',
      SHARE,
      [part('A', 0.5, 30, 40), part('B', 1, 10, 40)],
      0.4167,
      [],
    ],
    // 1 x 400 + 0.25 x 200 = 450
    ['a count as the weighted sum', COUNT, [part('A', 1, 400), part('B', 0.25, 200)], 450, []],
    // one predecessor whole: its own value, 120 / 400 x 1000 = 300
    ['a rate from one whole predecessor', RATE, [part('A', 1, 120, 400)], 300, []],
    [
      'a missing predecessor: cannot be judged',
      RATE,
      [part('A', 1, 300, 1000), part('B', 0.25)],
      null,
      ['B'],
    ],
    ['a rate part without a denominator', RATE, [part('A', 1, 300)], null, ['A']],
    ['no predecessors', RATE, [], null, []],
    ['a zero population', RATE, [part('A', 1, 0, 0)], null, []],
  ])('%s', (_name, measure, parts, value, missing) => {
    const result = rebaseFromPredecessors(measure, parts);
    if (value === null) {
      expect(result).toEqual({ value: null, missing });
    } else {
      expect(result.value).toBeCloseTo(value, 4);
    }
  });

  it('gives a rate whose parts all have one value that value (any shares, any sizes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(
          fc.record({
            denominator: fc.integer({ min: 1, max: 5_000_000 }),
            share: fc.double({ min: 0.01, max: 1, noNaN: true }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (value, shapes) => {
          const parts = shapes.map(({ denominator, share }, i) =>
            part(`P${i}`, share, (value * denominator) / 1000, denominator),
          );
          const result = rebaseFromPredecessors(RATE, parts);
          expect(result.value).not.toBeNull();
          expect(Math.abs((result.value ?? 0) - value)).toBeLessThan(1e-6 * Math.max(1, value));
        },
      ),
      { seed: 14, numRuns: 200 },
    );
  });

  it('adds counts up: the successors of a split share out the predecessors’ total exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            count: fc.integer({ min: 0, max: 1_000_000 }),
            weights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (predecessors) => {
          // Each predecessor's population is split over three successors; shares sum to 1.
          const shares = predecessors.map(({ weights }) => {
            const sum = weights.reduce((a, b) => a + b, 0);
            return weights.map((w) => w / sum);
          });
          const successorTotal = [0, 1, 2].reduce((total, s) => {
            const parts = predecessors.map(({ count }, p) => part(`P${p}`, shares[p]![s]!, count));
            return total + (rebaseFromPredecessors(COUNT, parts).value ?? 0);
          }, 0);
          const total = predecessors.reduce((sum, { count }) => sum + count, 0);
          expect(Math.abs(successorTotal - total)).toBeLessThan(1e-6 * Math.max(1, total));
        },
      ),
      { seed: 13, numRuns: 200 },
    );
  });
});

// A and B end in March 2026; S takes all of A and a quarter of B, T the rest of B.
const CROSSWALK: Crosswalk[] = [
  { from: 'A', to: [{ code: 'S', populationShare: 1 }] },
  {
    from: 'B',
    to: [
      { code: 'S', populationShare: 0.25 },
      { code: 'T', populationShare: 0.75 },
    ],
  },
];
const OLD = { validFrom: '2022-07-01', validTo: '2026-03-31' };
const NEW = { validFrom: '2026-04-01', validTo: null };
const VALUES = measureValues(USERS_MEASURE, [
  usersRow('A', '2026-02', 300, 1000),
  usersRow('B', '2026-02', 100, 2000),
  usersRow('A', '2026-03', 310, 1000),
  // B has no March value
  usersRow('S', '2026-04', 330, 1500),
  usersRow('T', '2026-05', 80, 1500),
]);

const shape = (points: ReturnType<typeof crosswalkedSeries>) =>
  points.map((p) => [
    p.period,
    p.value === null ? null : Number(p.value.toFixed(3)),
    p.estimated,
    p.missing,
  ]);

describe('crosswalkedSeries', () => {
  it.each([
    // Feb: (300 + 0.25 x 100) / (1000 + 0.25 x 2000) x 1000 = 216.667; Mar: B missing; Apr: own
    // 330 / 1500 x 1000 = 220; May: no value of its own, a gap.
    [
      'a successor: estimates before it began, its own values after',
      { code: 'S', ...NEW },
      [
        ['2026-02', 216.667, true, []],
        ['2026-03', null, true, ['B']],
        ['2026-04', 220, false, []],
        ['2026-05', null, false, []],
      ],
    ],
    // Feb: 0.75 x 100 / (0.75 x 2000) x 1000 = 50; May: 80 / 1500 x 1000 = 53.333
    [
      'the other successor of a split',
      { code: 'T', ...NEW },
      [
        ['2026-02', 50, true, []],
        ['2026-03', null, true, ['B']],
        ['2026-04', null, false, []],
        ['2026-05', 53.333, false, []],
      ],
    ],
    [
      'an ended system: its own months up to its end, nothing after',
      { code: 'A', ...OLD },
      [
        ['2026-02', 300, false, []],
        ['2026-03', 310, false, []],
      ],
    ],
    [
      'a new system with no predecessors: nothing before it began',
      { code: 'N', ...NEW },
      [
        ['2026-04', null, false, []],
        ['2026-05', null, false, []],
      ],
    ],
  ])('%s', (_name, system, expected) => {
    expect(shape(crosswalkedSeries(VALUES, CROSSWALK, system))).toEqual(expected);
  });
});

describe('valuesInPeriod', () => {
  const successors = [
    { code: 'S', ...NEW },
    { code: 'T', ...NEW },
  ];
  it.each([
    // February: S and T both estimated (A and B have values)
    ['an older month, every predecessor published', '2026-02', { own: 0, estimated: 2 }],
    // March: B has no value, so neither S nor T can be estimated
    ['an older month, a predecessor missing', '2026-03', { own: 0, estimated: 0 }],
    // April: S has its own value, T none
    ['a month on their own geography', '2026-04', { own: 1, estimated: 0 }],
    ['a period the measure does not have', '2026-09', { own: 0, estimated: 0 }],
  ])('%s', (_name, period, expected) => {
    expect(valuesInPeriod(VALUES, CROSSWALK, successors, period)).toEqual(expected);
  });
});
