import { describe, expect, it } from 'vitest';
import { metricFromParam, metricToParam, periodFromParam } from './view-params';

const periods = ['2025-Q4', '2026-Q1', '2026-Q2'];

describe('periodFromParam', () => {
  it.each([
    [null, '2026-Q2'],
    ['2026-Q1', '2026-Q1'],
    ['2031-Q1', '2026-Q2'],
    ['nonsense', '2026-Q2'],
  ])('%j gives %s', (param, expected) => {
    expect(periodFromParam(param, periods)).toBe(expected);
  });
  it('is null for a feed with no periods', () => {
    expect(periodFromParam('2026-Q1', [])).toBeNull();
  });
});

describe('metricFromParam', () => {
  const categories = ['identity', 'transfers'];
  const standards = ['bars', 'e-rs'];
  it.each([
    [null, { kind: 'overall' }],
    ['category:transfers', { kind: 'category', id: 'transfers' }],
    ['standard:bars', { kind: 'standard', id: 'bars' }],
    ['standard:unknown', { kind: 'overall' }],
    ['category:bars', { kind: 'overall' }],
    ['overall', { kind: 'overall' }],
    ['standard:', { kind: 'overall' }],
  ])('%j gives %j', (param, expected) => {
    expect(metricFromParam(param, categories, standards)).toEqual(expected);
  });

  it('round-trips through the parameter', () => {
    expect(metricToParam({ kind: 'standard', id: 'bars' })).toBe('standard:bars');
    expect(metricToParam({ kind: 'overall' })).toBeNull();
  });
});
