import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { countStatuses } from './status-counts';

const zero = { 'not-started': 0, planned: 0, piloting: 0, partial: 0, live: 0, reported: 0 };

describe('countStatuses', () => {
  it.each([
    ['nhs-number', '2025-Q4', { ...zero, live: 2, partial: 1, reported: 3 }],
    ['bars', '2026-Q1', { ...zero, piloting: 1, planned: 2, reported: 3 }],
    ['bars', '2026-Q2', { ...zero, partial: 1, piloting: 1, reported: 2 }],
    ['e-rs', '2024-Q1', zero],
    ['unknown', '2026-Q2', zero],
  ])('%s in %s', (standard, period, expected) => {
    expect(countStatuses(minimalFeed.observations, standard, period)).toEqual(expected);
  });
});
