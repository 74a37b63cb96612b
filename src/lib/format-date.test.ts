import { expect, it } from 'vitest';
import { formatIsoDate } from './format-date';

it.each([
  ['2026-03-31', '31 March 2026'],
  ['2022-07-01', '1 July 2022'],
  ['2026-10-15T09:00:00Z', '15 October 2026'],
  ['2026-13-01', '2026-13-01'],
  ['not a date', 'not a date'],
])('%s reads %s', (iso, expected) => {
  expect(formatIsoDate(iso)).toBe(expected);
});
