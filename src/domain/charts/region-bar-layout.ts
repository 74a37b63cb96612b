import { formatScore } from '../format/format-number';
import type { RegionRow } from './region-rows';

/**
 * Where each part of the region bar chart goes, in pixels, for a drawing `width` wide: the
 * chart is drawn as plain SVG from this (no chart library), so on a phone's CPU a new quarter
 * redraws a handful of shapes instead of recharts' store updates (150-700 ms tasks at 4x, issue
 * 15). Scores run 0 to 100 along the bottom; one 40 px band per region, highest first as given.
 */
export interface RegionBarLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { value: number; x: number }[];
  bars: RegionBar[];
  /** The national figure as a dashed line, with its label ("England 85") above the plot. */
  reference: { x: number; label: string; labelX: number } | null;
}

export interface RegionBar {
  key: string;
  /** The region's name in one or two lines, drawn right-aligned before the plot. */
  nameLines: string[];
  /** The band's middle, where the name and the value's label sit. */
  middle: number;
  barY: number;
  barHeight: number;
  /** 0 when the region has no score. */
  barWidth: number;
  /** The value as the table shows it, or "no data" so a missing bar is not only a gap. */
  label: string;
  labelX: number;
}

/** Above the plot, for the national line's label. */
const TOP = 24;
/** Below the plot, for the axis's numbers. */
const AXIS = 24;
/** Room for the value's label after the longest bar. */
const RIGHT = 48;
/** The names' column, as the drawing had it with recharts (8 px margin + 170 px axis). */
const LEFT = 178;
const BAND = 40;
const BAR = 28;
/** Gap between a name and the plot. */
const NAME_GAP = 8;
/** A generous average width of a character at 16 px, to wrap names and keep labels inside. */
const CHAR_PX = 9;
/** Room a tick's number ("100") needs from its neighbour. */
const TICK_ROOM = 36;

/** The drawing's height for `regions` bands: the space the page holds for it too. */
export function regionBarHeight(regions: number): number {
  return TOP + BAND * regions + AXIS;
}

/**
 * The region bar chart's parts for `rows` and the national figure (labelled with
 * `nationalLabel`, the feed's place or neutral words), `width` pixels wide.
 */
export function regionBarLayout(
  rows: readonly Pick<RegionRow, 'code' | 'name' | 'value'>[],
  england: number | null,
  nationalLabel: string,
  width: number,
): RegionBarLayout {
  const plot = {
    left: LEFT,
    right: Math.max(LEFT, width - RIGHT),
    top: TOP,
    bottom: TOP + BAND * rows.length,
  };
  const x = (value: number) =>
    plot.left + ((plot.right - plot.left) * Math.min(100, Math.max(0, value))) / 100;
  const bars = rows.map((row, index) => {
    const barWidth = row.value === null ? 0 : x(row.value) - plot.left;
    return {
      key: row.code,
      nameLines: wrapName(row.name, Math.floor((LEFT - NAME_GAP) / CHAR_PX)),
      middle: TOP + BAND * index + BAND / 2,
      barY: TOP + BAND * index + (BAND - BAR) / 2,
      barHeight: BAR,
      barWidth,
      label: formatScore(row.value, 'no data'),
      labelX: plot.left + barWidth + 5,
    };
  });
  const reference =
    england === null ? null : referenceLine(x(england), nationalLabel, england, width);
  return {
    width,
    height: regionBarHeight(rows.length),
    plot,
    ticks: tickValues(plot.right - plot.left).map((value) => ({ value, x: x(value) })),
    bars,
    reference,
  };
}

/** The national line, its label centred over it but kept inside the drawing's width. */
function referenceLine(x: number, nationalLabel: string, england: number, width: number) {
  const label = `${nationalLabel} ${formatScore(england)}`;
  const half = (label.length * CHAR_PX) / 2;
  return { x, label, labelX: Math.min(Math.max(x, half), Math.max(half, width - half)) };
}

/** 0, 25, ... 100 where the plot has room, else every 50, else the ends. */
function tickValues(plotWidth: number): number[] {
  if (plotWidth / 4 >= TICK_ROOM) return [0, 25, 50, 75, 100];
  if (plotWidth / 2 >= TICK_ROOM) return [0, 50, 100];
  return [0, 100];
}

/**
 * Words in at most two lines of `perLine` characters; what does not fit ends in "…" (the table
 * and summary give the full name: the drawing is hidden from assistive technology).
 */
export function wrapName(name: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const word of name.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  const shown = lines.slice(0, 2);
  const cut = (line: string) => `${line.slice(0, perLine - 1).trimEnd()}…`;
  return shown.map((line, index) =>
    line.length > perLine || (index === 1 && lines.length > 2) ? cut(line) : line,
  );
}
