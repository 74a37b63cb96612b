import { describe, expect, it } from 'vitest';
import { knownCode, measureInFeed, metricInFeed, periodInFeed } from './feed-checks';
import { frameTabIn, tablesWithFrameTab } from './frame-tabs';
import { weightDiffs, weightsKey, withWeightDiffs } from './weight-diffs';

const periods = ['2025-Q4', '2026-Q1', '2026-Q2'];

describe('periodInFeed', () => {
  it.each([
    [null, periods, '2026-Q2'],
    ['2026-Q1', periods, '2026-Q1'],
    ['2031-Q1', periods, '2026-Q2'],
    ['2026-Q1', [], null],
  ])('%j in %j gives %j', (period, list, expected) => {
    expect(periodInFeed(period, list)).toBe(expected);
  });
});

describe('metricInFeed', () => {
  it.each([
    [
      { kind: 'category', id: 'transfers' },
      { kind: 'category', id: 'transfers' },
    ],
    [
      { kind: 'standard', id: 'bars' },
      { kind: 'standard', id: 'bars' },
    ],
    [{ kind: 'standard', id: 'unknown' }, { kind: 'overall' }],
    [{ kind: 'category', id: 'bars' }, { kind: 'overall' }],
  ] as const)('%j gives %j', (metric, expected) => {
    expect(metricInFeed(metric, ['identity', 'transfers'], ['bars', 'e-rs'])).toEqual(expected);
  });

  // A measure is a score page's overall readiness; only the national page reads measureInFeed.
  it('gives overall readiness for a measure', () => {
    expect(metricInFeed({ kind: 'measure', id: 'app' }, [], [])).toEqual({ kind: 'overall' });
  });
});

describe('measureInFeed', () => {
  it.each([
    [
      { kind: 'measure', id: 'app' },
      { kind: 'measure', id: 'app' },
    ],
    [{ kind: 'measure', id: 'gone' }, null],
    [{ kind: 'standard', id: 'app' }, null],
  ] as const)('%j gives %j', (metric, expected) => {
    expect(measureInFeed(metric, ['app'])).toEqual(expected);
  });
});

describe('knownCode', () => {
  it.each([
    [null, null],
    ['R1', 'R1'],
    ['R9', null],
  ])('%j gives %j', (code, expected) => {
    expect(knownCode(code, [{ code: 'R1' }, { code: 'R2' }])).toBe(expected);
    expect(knownCode(code, ['R1', 'R2'])).toBe(expected);
  });
});

describe('weights as differences from the published ones', () => {
  const defaults = {
    categories: { identity: 10, transfers: 15 },
    standards: { 'nhs-number': 2, 'e-rs': 1, bars: 2 },
  };
  it('applies known ids only', () => {
    expect(withWeightDiffs({ transfers: 20, nope: 5 }, defaults.categories)).toEqual({
      identity: 10,
      transfers: 20,
    });
  });
  it('keeps only the differences, in the published order', () => {
    expect(weightDiffs({ transfers: 15, identity: 3 }, defaults.categories)).toEqual({
      identity: 3,
    });
  });
  it('keys the published weights as "published" and a change by its differences', () => {
    expect(weightsKey(defaults, defaults)).toBe('published');
    const changed = { ...defaults, standards: { ...defaults.standards, bars: 0 } };
    expect(weightsKey(changed, defaults)).toBe('|bars:0');
  });
});

describe('frame tabs', () => {
  it.each([
    [[], 'map', 'chart'],
    [['map'], 'map', 'table'],
    [['regions', 'map'], 'map', 'table'],
    [['map-2'], 'map', 'chart'],
  ] as const)('tables %j: frame %s shows its %s', (tables, id, tab) => {
    expect(frameTabIn(tables, id)).toBe(tab);
  });
  it.each([
    [[], 'map', 'table', ['map']],
    [['regions'], 'map', 'table', ['regions', 'map']],
    [['regions', 'map'], 'map', 'chart', ['regions']],
    [['map'], 'map', 'table', ['map']],
  ] as const)('%j, %s to %s gives %j', (tables, id, tab, expected) => {
    expect(tablesWithFrameTab(tables, id, tab)).toEqual(expected);
  });
});
