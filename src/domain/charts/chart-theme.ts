/**
 * Every colour the maps and charts draw with, in one place, so a map's key, its hexes, the charts
 * and a downloaded image cannot drift apart. It sits in the domain because the domain's chart
 * models pick fills (a hex's class, a border's band); components read the rest. Page CSS keeps
 * its own NHS.UK colours. docs/maps-colour.md gives the reasons for the map palette.
 */

/** NHS.UK text colour: axis ticks, labels, reference lines and marks drawn on the page. */
export const INK = '#212b32';
/** NHS.UK secondary text: area outlines and muted series. */
export const SECONDARY_INK = '#4c6272';
/**
 * The axis lines and tick marks of the plain SVG charts (Divides): 5.7:1 against white, over the
 * 3:1 that WCAG asks of a graphic a reader needs, and lighter than the ink of the labels (the
 * grey recharts drew them in, which these charts were first drawn with).
 */
export const AXIS_LINE = '#666';
/** NHS.UK grey 4: grid lines, which should recede behind the data. */
export const GRID = '#d8dde0';
export const WHITE = '#ffffff';
/** NHS blue: a single series (bars, dots, one line). */
export const NHS_BLUE = '#005eb8';
/** NHS.UK focus yellow, drawn inside a dark ring (the NHS.UK focus style) on a focused hex. */
export const FOCUS_YELLOW = '#ffeb3b';
/** A second accent, for a fitted or highlighted line over NHS blue dots. */
export const ACCENT_RED = '#d5281b';
/** A single line in a chart whose dots are not NHS blue (the regional split's share). */
export const ACCENT_PURPLE = '#330072';

/**
 * The ten score classes, lightest (0 to under 10) to darkest (90 to 100): d3's interpolateYlGnBu
 * (a B-spline through ColorBrewer's 9-class YlGnBu) sampled at t = 0.05 + 0.95 i / 9. YlGnBu is
 * colour-blind safe and its lightness falls steadily (CIELAB L* 98 to 13), so the order reads in
 * greyscale; t starts at 0.05 because t = 0 is almost white, the No data fill.
 */
export const SCORE_PALETTE = [
  '#f8fcc9',
  '#e2f4b5',
  '#bce5b5',
  '#85d0bb',
  '#51bac1',
  '#2c9ec1',
  '#2079b4',
  '#2352a2',
  '#1d3287',
  '#081d58',
] as const;

/** Areas with no value: white, named in the key, the tooltip and the hex's accessible name. */
export const NO_DATA_FILL = WHITE;

/**
 * Low-confidence hatching: dark lines on light fills, white lines on dark ones, whichever has the
 * higher contrast (hatchStrokeFor), so the hatch keeps 3:1 against every class (WCAG 1.4.11).
 */
export const HATCH_STROKES = { dark: INK, light: WHITE } as const;

/** Compared with England: blue, pale and orange (ColorBrewer PuOr/RdBu ends), each with a shape. */
export const COMPARISON_FILLS = {
  higher: '#2166ac',
  similar: '#c6dbef',
  lower: '#e08214',
} as const;

/** Adoption statuses, not started to live: ColorBrewer YlGnBu, 5 classes (status-palette.ts). */
export const STATUS_FILLS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** Outlines each status segment, so the palest still has an edge against the white page. */
export const SEGMENT_OUTLINE = '#425563';

/** Series colours from the NHS palette, each at least 3:1 on white (chart-series-styles.ts). */
export const SERIES_COLOURS = [
  NHS_BLUE,
  INK,
  SECONDARY_INK,
  ACCENT_PURPLE,
  '#007f3b',
  ACCENT_RED,
  '#7c2855',
  '#00703c',
] as const;

/** Border bands, weakest first: dark purple to lighter (all >= 3:1 on BORDER_AREA_FILL). */
export const BORDER_COLOURS = ['#1d0636', '#4b1d7a', '#7a4fad', '#8f70bd'] as const;
/** A border with no score: NHS.UK grey 1, dashed. */
export const NO_SCORE_COLOUR = '#768692';
/** The pale hexes under the border lines, and their outlines. */
export const BORDER_AREA_FILL = '#f0f4f5';
export const BORDER_AREA_OUTLINE = '#aeb7bd';
