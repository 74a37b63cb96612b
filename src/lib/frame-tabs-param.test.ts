import { describe, expect, it } from 'vitest';
import { frameTabFromParam, paramsWithFrameTab } from './frame-tabs-param';

describe('frame tabs in the URL', () => {
  it.each([
    [null, 'map', 'chart'],
    ['', 'map', 'chart'],
    ['map', 'map', 'table'],
    ['regions,map', 'map', 'table'],
    ['map-2', 'map', 'chart'],
  ] as const)('tables=%s: frame %s shows its %s', (param, id, tab) => {
    expect(frameTabFromParam(param, id)).toBe(tab);
  });

  it.each([
    ['', 'map', 'table', 'tables=map'],
    ['tables=regions', 'map', 'table', 'tables=regions%2Cmap'],
    ['tables=regions%2Cmap', 'map', 'chart', 'tables=regions'],
    ['tables=map&period=2026-Q1', 'map', 'chart', 'period=2026-Q1'],
    ['tables=map', 'map', 'table', 'tables=map'],
  ] as const)('%s, %s to %s gives %s', (search, id, tab, expected) => {
    expect(paramsWithFrameTab(new URLSearchParams(search), id, tab).toString()).toBe(expected);
  });
});
