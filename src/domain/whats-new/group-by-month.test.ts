import { describe, expect, it } from 'vitest';
import { groupByMonth } from './group-by-month';
import { entry } from './whats-new-fixtures';

describe('groupByMonth', () => {
  it.each([
    { name: 'empty', dates: [], expected: [] },
    { name: 'one entry', dates: ['2026-12-05'], expected: [['December 2026', 1]] },
    {
      name: 'two months, newest first',
      dates: ['2026-12-06', '2026-12-05', '2026-11-25'],
      expected: [
        ['December 2026', 2],
        ['November 2026', 1],
      ],
    },
    {
      name: 'entries out of order are sorted before grouping',
      dates: ['2026-11-25', '2026-12-05', '2026-11-02'],
      expected: [
        ['December 2026', 1],
        ['November 2026', 2],
      ],
    },
    {
      name: 'the same month of another year is another group',
      dates: ['2026-01-10', '2025-01-10'],
      expected: [
        ['January 2026', 1],
        ['January 2025', 1],
      ],
    },
  ])('$name', ({ dates, expected }) => {
    const groups = groupByMonth(dates.map((date, index) => entry({ id: `e${index}`, date })));
    expect(groups.map((group) => [group.label, group.entries.length])).toEqual(expected);
  });

  it('keeps the newest entry first within a month and gives the month id', () => {
    const [december] = groupByMonth([
      entry({ id: 'older', date: '2026-12-01' }),
      entry({ id: 'newer', date: '2026-12-06' }),
    ]);
    expect(december?.id).toBe('2026-12');
    expect(december?.entries.map((item) => item.id)).toEqual(['newer', 'older']);
  });
});
