import { describe, expect, it } from 'vitest';
import type { FeedEdit } from '../../testing/fixtures/feeds/edit-feed';
import { measureErrors } from '../../testing/measure-assertions';

const R = 'measurements';
const at = (row: number, field: string) => `$.measurements[${row}].${field}`;

describe('measurements', () => {
  it('accepts the five hand-worked rows of the fixture', () => {
    const { parsed, errors } = measureErrors();
    expect(errors).toEqual([]);
    expect(parsed.counts.measurements).toEqual({ read: 5, accepted: 5, rejected: 0 });
    expect(parsed.feed.measurements[0]).toEqual({
      system: 'S1',
      measure: 'app-users-per-1000',
      period: '2025-08',
      numerator: 1200,
      denominator: 400000,
      value: 3,
    });
  });

  // Row 0: rate x1000, month, S1. Row 1: share, quarter. Row 2: count, month, S3. Row 3: count,
  // financial year. Expected value 3 for row 0, so the tolerance is max(1e-6, 0.0005 x 3) = 0.0015.
  it.each<[string, FeedEdit[], string, string]>([
    [
      'an unknown system',
      [{ set: [R, 0, 'system'], to: 'S9' }],
      at(0, 'system'),
      'Unknown system "S9"',
    ],
    [
      'an unknown measure',
      [{ set: [R, 2, 'measure'], to: 'logins' }],
      at(2, 'measure'),
      'Unknown measure "logins"',
    ],
    [
      'a malformed period',
      [{ set: [R, 0, 'period'], to: '2025-13' }],
      at(0, 'period'),
      'period must be a month like 2025-08, a quarter',
    ],
    [
      'a financial year that is not one',
      [{ set: [R, 3, 'period'], to: '2025/27' }],
      at(3, 'period'),
      'period must be a financial year like 2025/26, got "2025/27"',
    ],
    [
      'a quarter for a monthly measure',
      [{ set: [R, 0, 'period'], to: '2025-Q3' }],
      at(0, 'period'),
      'because measure "app-users-per-1000" is published by month; got "2025-Q3"',
    ],
    [
      'a month for a quarterly measure',
      [{ set: [R, 1, 'period'], to: '2025-09' }],
      at(1, 'period'),
      'period must be a quarter like 2025-Q3',
    ],
    [
      'a month before the system began',
      [{ set: [R, 4, 'period'], to: '2026-03' }],
      at(4, 'period'),
      'started on 2026-04-01 but this row is for 2026-03',
    ],
    [
      'a month older than the geography on a system of a later vintage',
      [{ set: [R, 4, 'period'], to: '2020-08' }],
      at(4, 'period'),
      'started on 2026-04-01 but this row is for 2020-08',
    ],
    [
      'a month after the system ended',
      [
        { set: [R, 0, 'system'], to: 'S2' },
        { set: [R, 0, 'period'], to: '2026-04' },
      ],
      at(0, 'period'),
      'ended on 2026-03-31 but this row is for 2026-04',
    ],
    [
      'a financial year before the system began',
      [{ set: [R, 3, 'system'], to: 'S4' }],
      at(3, 'period'),
      'started on 2026-04-01 but this row is for 2025/26',
    ],
    [
      'a rate without a denominator',
      [{ remove: [R, 0, 'denominator'] }],
      at(0, 'denominator'),
      'denominator is missing; measure "app-users-per-1000" is a rate',
    ],
    [
      'a count with a denominator',
      [{ set: [R, 2, 'denominator'], to: 5 }],
      at(2, 'denominator'),
      'denominator must be left out: measure "app-logins" is a count',
    ],
    [
      'a zero denominator',
      [{ set: [R, 1, 'denominator'], to: 0 }],
      at(1, 'denominator'),
      'denominator must be',
    ],
    [
      'a negative numerator',
      [{ set: [R, 2, 'numerator'], to: -1 }],
      at(2, 'numerator'),
      'numerator must be',
    ],
    [
      'a share above 1',
      [
        { set: [R, 1, 'numerator'], to: 90 },
        { set: [R, 1, 'value'], to: 1.5 },
      ],
      at(1, 'value'),
      'value must be at most 1 for a share, got 1.5',
    ],
    [
      'a rate off by more than the tolerance',
      [{ set: [R, 0, 'value'], to: 3.002 }],
      at(0, 'value'),
      'value 3.002 does not agree with numerator / denominator × 1000 = 3 (tolerance 0.0015)',
    ],
    [
      'a share published as a percentage',
      [{ set: [R, 1, 'value'], to: 75 }],
      at(1, 'value'),
      'value must be at most 1 for a share, got 75',
    ],
    [
      'a count that is not its numerator',
      [{ set: [R, 2, 'value'], to: 98000 }],
      at(2, 'value'),
      'value 98000 does not agree with the numerator = 98765 (tolerance 49.3825)',
    ],
    [
      'a count of zero published as 0.01',
      [
        { set: [R, 3, 'numerator'], to: 0 },
        { set: [R, 3, 'value'], to: 0.01 },
      ],
      at(3, 'value'),
      'tolerance 0.000001',
    ],
    [
      'a second row for one system, measure and period',
      [
        {
          push: [R],
          rows: [
            { system: 'S1', measure: 'app-logins', period: '2025-08', numerator: 1, value: 1 },
            { system: 'S1', measure: 'app-logins', period: '2025-08', numerator: 2, value: 2 },
          ],
        },
      ],
      '$.measurements[6]',
      'Duplicate measurement for S1 / app-logins / 2025-08: the first is at $.measurements[5] and is the one kept',
    ],
  ])('rejects %s', (_name, edits, path, reason) => {
    const { errors } = measureErrors(...edits);
    expect(errors).toEqual([[R, path, expect.stringContaining(reason)]]);
  });

  // Within max(1e-6, 0.0005 x |expected|, min(half a unit in the last decimal, 1%)): published
  // values are rounded.
  it.each<[string, FeedEdit[]]>([
    ['a rate 0.0014 off, within 0.0015', [{ set: [R, 0, 'value'], to: 3.0014 }]],
    [
      'a share of 2/3 rounded to 0.6667',
      [
        { set: [R, 1, 'numerator'], to: 2 },
        { set: [R, 1, 'denominator'], to: 3 },
        { set: [R, 1, 'value'], to: 0.6667 },
      ],
    ],
    [
      // Half a unit in the last decimal (0.005), within 1% of 2/3: 0.00333 off is rounding.
      'a share of 2/3 published to a whole percent, 0.67',
      [
        { set: [R, 1, 'numerator'], to: 2 },
        { set: [R, 1, 'denominator'], to: 3 },
        { set: [R, 1, 'value'], to: 0.67 },
      ],
    ],
    [
      'a count of zero',
      [
        { set: [R, 2, 'numerator'], to: 0 },
        { set: [R, 2, 'value'], to: 0 },
      ],
    ],
    [
      // S1 began on 2022-07-01, the fixture's earliest vintage: older months are read on it.
      'a month older than the whole geography, on a system of its earliest vintage',
      [{ set: [R, 0, 'period'], to: '2020-08' }],
    ],
    [
      'a share of exactly 1',
      [
        { set: [R, 1, 'numerator'], to: 60 },
        { set: [R, 1, 'value'], to: 1 },
      ],
    ],
  ])('accepts %s', (_name, edits) => {
    expect(measureErrors(...edits).errors).toEqual([]);
  });
});
