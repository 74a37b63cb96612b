import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { scoreFeed } from '../scoring/score-feed';
import { defaultWeights } from '../scoring/weights';
import type { StatusMixRow } from './standard-detail';
import { standardRows } from './standard-rows';
import { leastAdopted, listInWords, standardsSummary, statusMixSummary } from './standard-summary';

const scores = scoreFeed(minimalFeed, defaultWeights(minimalFeed));

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j reads "%s"', (items, text) => {
    expect(listInWords(items)).toBe(text);
  });
});

describe('standardsSummary', () => {
  it.each([
    // 2026-Q2: live in NHS Number 2 of 3 systems, e-RS 3 of 3, BaRS 0 of 2.
    [
      '2026-Q2',
      'In April to June 2026, 2 of 3 standards are live in most systems; the least adopted are Booking and Referral Standard, NHS Number and NHS e-Referral Service.',
    ],
    // 2025-Q4: NHS Number 2 of 3, e-RS 1 of 3, BaRS 0 of 2.
    [
      '2025-Q4',
      'In October to December 2025, 1 of 3 standards is live in most systems; the least adopted are Booking and Referral Standard, NHS e-Referral Service and NHS Number.',
    ],
  ])('%s', (period, text) => {
    expect(standardsSummary(standardRows(minimalFeed, scores, period), period)).toBe(text);
  });

  it('says so when nothing was reported', () => {
    expect(standardsSummary([], '2026-Q2')).toBe(
      'In April to June 2026, no system reported any standard.',
    );
  });

  it('breaks a tie in the share live by the lower mean score', () => {
    const rows = standardRows(minimalFeed, scores, '2026-Q2').map((row) => ({
      ...row,
      shareLive: 0,
    }));
    // Mean scores: BaRS 41.7, NHS Number 97.5, e-RS 100.
    expect(leastAdopted(rows, 2).map((row) => row.id)).toEqual(['bars', 'nhs-number']);
  });
});

function mix(period: string, live: number, reported: number): StatusMixRow {
  const rest = { 'not-started': reported - live, planned: 0, piloting: 0, partial: 0 };
  return { period, label: period, reported, live, ...rest };
}

describe('statusMixSummary', () => {
  it.each([
    [
      'up',
      [mix('2025-Q3', 8, 42), mix('2026-Q3', 20, 36)],
      'Live in 20 of the 36 systems that reported in July to September 2026, up from 8 of 42 a year earlier.',
    ],
    [
      'down',
      [mix('2025-Q3', 9, 40), mix('2026-Q3', 7, 36)],
      'Live in 7 of the 36 systems that reported in July to September 2026, down from 9 of 40 a year earlier.',
    ],
    [
      'the same',
      [mix('2025-Q3', 5, 40), mix('2026-Q3', 5, 36)],
      'Live in 5 of the 36 systems that reported in July to September 2026, the same number as a year earlier (5 of 40).',
    ],
    [
      'no year earlier',
      [mix('2026-Q2', 5, 40), mix('2026-Q3', 1, 1)],
      'Live in 1 of the 1 system that reported in July to September 2026.',
    ],
    [
      'a year earlier with no reports',
      [mix('2025-Q3', 0, 0), mix('2026-Q3', 2, 3)],
      'Live in 2 of the 3 systems that reported in July to September 2026.',
    ],
    [
      'nothing reported',
      [mix('2026-Q3', 0, 0)],
      'No system reported this standard in July to September 2026.',
    ],
    ['an unknown quarter', [], 'No system reported this standard in July to September 2026.'],
  ])('%s', (_name, rows, text) => {
    expect(statusMixSummary(rows, '2026-Q3')).toBe(text);
  });
});
