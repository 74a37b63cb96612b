import { describe, expect, it } from 'vitest';
import type { Crosswalk, Measurement, System } from '../feed/feed-schema';
import { USERS_MEASURE, usersRow } from '../../testing/fixtures/domain/users-measure';
import { measureValues } from './measure-values';
import { measureTrend } from './measure-trend';

const system = (code: string, shortName: string, validFrom: string, validTo: string | null) =>
  ({ code, shortName, validFrom, validTo }) as System;

// Old and Part end in March 2026; New takes all of Old and a quarter of Part, Rest the rest.
const SYSTEMS = [
  system('O', 'Old', '2022-07-01', '2026-03-31'),
  system('P', 'Part', '2022-07-01', '2026-03-31'),
  system('N', 'New', '2026-04-01', null),
  system('R', 'Rest', '2026-04-01', null),
];
const CROSSWALK: Crosswalk[] = [
  { from: 'O', to: [{ code: 'N', populationShare: 1 }] },
  {
    from: 'P',
    to: [
      { code: 'R', populationShare: 0.75 },
      { code: 'N', populationShare: 0.25 },
    ],
  },
];
const GEOGRAPHY = { systems: SYSTEMS, crosswalk: CROSSWALK };

function trendOf(measurements: Measurement[], code: string) {
  const values = measureValues(USERS_MEASURE, measurements);
  return measureTrend(
    values,
    GEOGRAPHY,
    SYSTEMS.find((s) => s.code === code)!,
    'England',
  );
}

const FULL = [
  usersRow('O', '2026-02', 300, 1000),
  usersRow('P', '2026-02', 100, 2000),
  usersRow('N', '2026-04', 330, 1500),
  usersRow('R', '2026-04', 120, 1500),
];

describe('measureTrend', () => {
  it.each([
    [
      // New in Feb: (300 + 0.25 x 100) / (1000 + 0.25 x 2000) x 1000 = 216.7, estimated; in April
      // its own 330 / 1500 x 1000 = 220.0. England Feb (300 + 100) / 3000 x 1000 = 133.3; April
      // (330 + 120) / 3000 x 1000 = 150.0.
      'a successor rose, its first month estimated',
      FULL,
      'N',
      'New rose from 216.7 per 1,000 people in February 2026 (estimated from predecessors) to 220.0 per 1,000 people in April 2026. Months before New began are estimated from its predecessors through the crosswalk (population-weighted), drawn dotted. England: 133.3 per 1,000 people in February 2026, 150.0 per 1,000 people in April 2026.',
    ],
    [
      // Rest in Feb: 0.75 x 100 / (0.75 x 2000) x 1000 = 50.0; April 120 / 1500 x 1000 = 80.0.
      'the other successor',
      FULL,
      'R',
      'Rest rose from 50.0 per 1,000 people in February 2026 (estimated from predecessors) to 80.0 per 1,000 people in April 2026. Months before Rest began are estimated from its predecessors through the crosswalk (population-weighted), drawn dotted. England: 133.3 per 1,000 people in February 2026, 150.0 per 1,000 people in April 2026.',
    ],
    [
      'an ended system names where its area went; one month of its own',
      FULL,
      'P',
      'Part: 50.0 per 1,000 people in February 2026; change over time cannot be judged from one period. England: 133.3 per 1,000 people in February 2026. Part ended on 31 March 2026; later months are published for Rest and New.',
    ],
    [
      // Part has no March value: New's March estimate cannot be judged; New has no May value.
      'a missing predecessor and a missing own month',
      [...FULL, usersRow('O', '2026-03', 310, 1000), usersRow('R', '2026-05', 90, 1500)],
      'N',
      'New rose from 216.7 per 1,000 people in February 2026 (estimated from predecessors) to 220.0 per 1,000 people in April 2026. Months before New began are estimated from its predecessors through the crosswalk (population-weighted), drawn dotted. March 2026 cannot be judged: Part published no value, and a sum of some predecessors would understate use. No value published for May 2026 (a gap in the line). England: 133.3 per 1,000 people in February 2026, 60.0 per 1,000 people in May 2026.',
    ],
  ])('%s', (_name, measurements, code, summary) => {
    expect(trendOf(measurements, code).summary).toBe(summary);
  });

  it('keeps a gap as null, never zero, and marks the estimates', () => {
    const trend = trendOf([...FULL, usersRow('O', '2026-03', 310, 1000)], 'N');
    expect(trend.rows.map((r) => [r.period, r.value === null, r.estimated])).toEqual([
      ['2026-02', false, true],
      ['2026-03', true, true],
      ['2026-04', false, false],
    ]);
    expect(trend.estimated).toBe(true);
    expect(trend.successors).toEqual([]);
  });

  it('says so when the system has no value at all', () => {
    expect(trendOf([usersRow('O', '2026-02', 300, 1000)], 'R').summary).toBe(
      'No value for Rest in any period. Months before Rest began are estimated from its predecessors through the crosswalk (population-weighted), drawn dotted. February 2026 cannot be judged: Part published no value, and a sum of some predecessors would understate use. England: 300.0 per 1,000 people in February 2026.',
    );
  });
});
