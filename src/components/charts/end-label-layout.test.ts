import { describe, expect, it } from 'vitest';
import { spreadLabels } from './end-label-layout';

describe('spreadLabels', () => {
  it.each([
    ['apart already: unchanged', [10, 50, 100], [10, 50, 100]],
    // 40 and 45 are 5 apart: the lower one moves to 40 + 20 = 60.
    ['close: the lower moves down', [40, 45], [40, 60]],
    // Input order is kept in the output.
    ['order kept', [45, 40], [60, 40]],
    // 195, 198 near the bottom (200): 195 -> 195, 198 -> 215 > 200 -> 200, then 195 -> 180.
    ['at the bottom: pushed back up', [195, 198], [180, 200]],
    ['clamped into the plot', [-30, 400], [0, 200]],
    ['none', [], []],
  ])('%s', (_label, wanted, expected) => {
    expect(spreadLabels(wanted, 20, 0, 200)).toEqual(expected);
  });
});
