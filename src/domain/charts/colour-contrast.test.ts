import { describe, expect, it } from 'vitest';
import {
  BORDER_AREA_FILL,
  BORDER_COLOURS,
  COMPARISON_FILLS,
  HATCH_STROKES,
  INK,
  SCORE_PALETTE,
  WHITE,
} from './chart-theme';
import { contrastRatio, hatchStrokeFor, relativeLuminance } from './colour-contrast';

describe('relativeLuminance and contrastRatio', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    // 0x80 / 255 = 0.50196 -> ((0.50196 + 0.055) / 1.055) ^ 2.4 = 0.21586
    ['#808080', 0.21586],
  ])('%s has luminance %s', (hex, luminance) => {
    expect(relativeLuminance(hex)).toBeCloseTo(luminance, 4);
  });

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#777777', 1],
    // (1.05) / (0.21586 + 0.05) = 3.949
    ['#ffffff', '#808080', 3.949],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe('hatchStrokeFor', () => {
  it.each([
    [SCORE_PALETTE[0], INK],
    [SCORE_PALETTE[5], INK],
    [SCORE_PALETTE[7], WHITE],
    [SCORE_PALETTE[9], WHITE],
  ])('hatches %s with %s', (fill, stroke) => {
    expect(hatchStrokeFor(fill)).toBe(stroke);
  });

  it('keeps at least 3:1 (WCAG 1.4.11) against every fill a hatched hex can have', () => {
    const fills = [...SCORE_PALETTE, ...Object.values(COMPARISON_FILLS)];
    for (const fill of fills) {
      expect({ fill, ok: contrastRatio(fill, hatchStrokeFor(fill)) >= 3 }).toEqual({
        fill,
        ok: true,
      });
    }
    // the single dark stroke it replaces fails on the darkest class
    expect(contrastRatio(SCORE_PALETTE[9], HATCH_STROKES.dark)).toBeLessThan(3);
  });

  it('draws every border band at 3:1 or more on the pale hexes', () => {
    for (const colour of BORDER_COLOURS) {
      expect(contrastRatio(colour, BORDER_AREA_FILL)).toBeGreaterThanOrEqual(3);
    }
  });
});
