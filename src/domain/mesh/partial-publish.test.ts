import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partialWait } from './partial-publish';
import type { LastPartial, PartialMoment } from './partial-publish';

const at = (settled: number, now: number, referenceReady = true): PartialMoment => ({
  settled,
  total: 49,
  referenceReady,
  now,
});

describe('partialWait', () => {
  it.each<[string, PartialMoment, LastPartial | null, number | null]>([
    ['first wave not in yet', at(5, 100), null, null],
    ['first wave in', at(6, 100), null, 0],
    ['first wave in, reference not yet', at(6, 100, false), null, null],
    ['every product in: the finished load draws it', at(49, 100), null, null],
    ['a catalogue smaller than a wave: never partial', { ...at(3, 100), total: 3 }, null, null],
    ['1 ms too soon after the last: ask again in 1 ms', at(9, 499), { settled: 6, at: 100 }, 1],
    ['400 ms after the last', at(9, 500), { settled: 6, at: 100 }, 0],
    ['nothing new since the last', at(6, 900), { settled: 6, at: 100 }, null],
    ['the last product never publishes', at(49, 900), { settled: 40, at: 100 }, null],
    ['first wave in, 43 still downloading', { ...at(6, 100), unread: 43 }, null, 0],
    [
      'first wave in, every body in hand: only checks left',
      { ...at(6, 100), unread: 0 },
      null,
      null,
    ],
    [
      'due by the interval, but every body in hand',
      { ...at(9, 500), unread: 0 },
      { settled: 6, at: 100 },
      null,
    ],
    [
      'due by the interval, one still downloading',
      { ...at(9, 500), unread: 1 },
      { settled: 6, at: 100 },
      0,
    ],
    [
      'one still downloading, the rest settled 150 ms after the last view: ask in 250 ms',
      { ...at(48, 250), unread: 1 },
      { settled: 6, at: 100 },
      250,
    ],
  ])('%s', (_name, moment, last, expected) => {
    expect(partialWait(moment, last)).toBe(expected);
  });

  it('takes its first wave and interval from the options', () => {
    expect(partialWait(at(2, 0), null, { firstWave: 2 })).toBe(0);
    expect(partialWait(at(7, 150), { settled: 6, at: 0 }, { everyMs: 100 })).toBe(0);
    expect(partialWait(at(7, 50), { settled: 6, at: 0 }, { everyMs: 100 })).toBe(50);
  });

  it('draws at most once per interval plus the first, whatever the timing of arrivals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 80 }),
        (total, gaps) => {
          let now = 0;
          let last: LastPartial | null = null;
          let draws = 0;
          const settledCount = Math.min(total, gaps.length);
          for (let settled = 1; settled <= settledCount; settled++) {
            now += gaps[settled - 1] ?? 0;
            const moment = { settled, total, referenceReady: true, now };
            if (partialWait(moment, last) !== 0) continue;
            expect(settled).toBeLessThan(total);
            draws++;
            last = { settled, at: now };
          }
          expect(draws).toBeLessThanOrEqual(1 + Math.floor(now / 400));
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('a wait, once waited, gives a view: new products are never left undrawn', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 399 }),
        fc.integer({ min: 1, max: 78 }),
        (total, lastAt, sinceLast, lastSettled) => {
          fc.pre(lastSettled + 1 < total);
          const last: LastPartial = { settled: lastSettled, at: lastAt };
          const moment = {
            settled: lastSettled + 1,
            total,
            referenceReady: true,
            now: lastAt + sinceLast,
          };
          const wait = partialWait(moment, last);
          expect(wait).toBe(400 - sinceLast);
          expect(partialWait({ ...moment, now: moment.now + (wait ?? 0) }, last)).toBe(0);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
