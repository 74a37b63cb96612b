import { HATCH_STROKES } from './chart-theme';

function channel(hex: string, start: number): number {
  const value = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a "#rrggbb" colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The hatch line for a fill: dark or white, whichever contrasts more. One colour cannot do it:
 * the dark ink on the darkest class is 1.1:1, white on the palest 1.06:1.
 */
export function hatchStrokeFor(fill: string): string {
  const { dark, light } = HATCH_STROKES;
  return contrastRatio(fill, dark) >= contrastRatio(fill, light) ? dark : light;
}
