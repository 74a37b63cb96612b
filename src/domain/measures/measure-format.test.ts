import { describe, expect, it } from 'vitest';
import { formatMeasureValue, measureTitle, statisticsStatusLabel } from './measure-format';

const rate = { kind: 'rate', unit: 'per 1,000 people', name: 'NHS App unique users' } as const;
const share = { kind: 'share', unit: '% of practices', name: 'Practices enabled' } as const;
const count = { kind: 'count', unit: 'logins', name: 'NHS App logins' } as const;

describe('formatMeasureValue', () => {
  it.each([
    [rate, 253.44, '253.4 per 1,000 people'],
    [rate, 3, '3.0 per 1,000 people'],
    [share, 0.5734, '57.3% of practices'],
    [count, 1204, '1,204 logins'],
    [rate, null, 'No value published'],
    [count, Number.NaN, 'No value published'],
  ])('%j %s -> %s', (measure, value, expected) => {
    expect(formatMeasureValue(measure, value)).toBe(expected);
  });
});

describe('measureTitle', () => {
  it.each([
    [rate, '2025-08', 'NHS App unique users per 1,000 people, August 2025'],
    [share, '2025-Q3', 'Practices enabled % of practices, July to September 2025'],
    [count, '2025/26', 'NHS App logins, April 2025 to March 2026'],
  ])('%j in %s', (measure, period, expected) => {
    expect(measureTitle(measure, period)).toBe(expected);
  });
});

it('names each statistics status in words', () => {
  expect(statisticsStatusLabel('official-statistics-in-development')).toBe(
    'Official statistics in development',
  );
  expect(statisticsStatusLabel('management-information')).toBe('Management information');
});
