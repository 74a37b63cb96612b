import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partialDue } from './partial-publish';
import type { LastPartial, PartialMoment } from './partial-publish';

const at = (settled: number, now: number, referenceReady = true): PartialMoment => ({
  settled,
  total: 49,
  referenceReady,
  now,
});

describe('partialDue', () => {
  it.each<[string, PartialMoment, LastPartial | null, boolean]>([
    ['first wave not in yet', at(5, 100), null, false],
    ['first wave in', at(6, 100), null, true],
    ['first wave in, reference not yet', at(6, 100, false), null, false],
    ['every product in: the finished load draws it', at(49, 100), null, false],
    ['a catalogue smaller than a wave: never partial', { ...at(3, 100), total: 3 }, null, false],
    ['too soon after the last', at(9, 499), { settled: 6, at: 100 }, false],
    ['400 ms after the last', at(9, 500), { settled: 6, at: 100 }, true],
    ['nothing new since the last', at(6, 900), { settled: 6, at: 100 }, false],
    ['the last product never publishes', at(49, 900), { settled: 40, at: 100 }, false],
    ['first wave in, 43 still downloading', { ...at(6, 100), unread: 43 }, null, true],
    [
      'first wave in, every body in hand: only checks left',
      { ...at(6, 100), unread: 0 },
      null,
      false,
    ],
    [
      'due by the interval, but every body in hand',
      { ...at(9, 500), unread: 0 },
      { settled: 6, at: 100 },
      false,
    ],
    [
      'due by the interval, one still downloading',
      { ...at(9, 500), unread: 1 },
      { settled: 6, at: 100 },
      true,
    ],
  ])('%s', (_name, moment, last, expected) => {
    expect(partialDue(moment, last)).toBe(expected);
  });

  it('takes its first wave and interval from the options', () => {
    expect(partialDue(at(2, 0), null, { firstWave: 2 })).toBe(true);
    expect(partialDue(at(7, 150), { settled: 6, at: 0 }, { everyMs: 100 })).toBe(true);
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
            if (!partialDue(moment, last)) continue;
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
});
