/**
 * The hex map in border mode: every system's hexes drawn plainly, and every edge where two
 * bordering systems' hexes meet drawn with the border's cross-border score, thick and dark where
 * the border is weak. The bands are fixed (0 to under 10, 10 to under 25, 25 to under 50, 50 to
 * 100, judged on the whole number the tooltip shows), so a line means the same score in every
 * quarter. They are narrow at the bottom because that is where borders are today (under 20 in
 * the sample) and where the difference between a weak and a very weak border matters; the key
 * prints the numbers and counts, and line width carries the order as well as colour.
 */
import type { Feed } from '../feed/feed-schema';
import { BORDER_AREA_FILL, BORDER_COLOURS, NO_SCORE_COLOUR } from '../charts/chart-theme';
import { binCounts, binOf, fixedClasses } from '../charts/colour-bins';
import { formatScore } from '../format/format-number';
import { hexCells } from '../geography/hex-geometry';
import type { HexCell, HexGroup } from '../geography/hex-geometry';
import type { HexJson } from '../geography/hexjson';
import type { Segment } from '../geography/hex-outline';
import { groupOutline, layoutForPeriod, sharedEdges } from '../geography/vintage-layout';
import type { BorderScore } from './border-scores';

/** Weakest first: dark purple and thick, to lighter and thin (all >= 3:1 on the pale hexes). */
export const BORDER_STYLES = [
  { colour: BORDER_COLOURS[0], width: 10 },
  { colour: BORDER_COLOURS[1], width: 6.5 },
  { colour: BORDER_COLOURS[2], width: 3.5 },
  { colour: BORDER_COLOURS[3], width: 2 },
] as const;
export const NO_SCORE_STYLE = { colour: NO_SCORE_COLOUR, width: 2, dash: '4 3' };
export const AREA_FILL = BORDER_AREA_FILL;

/** Cross-border scores (0-100) at which the bands change, weakest band first. */
export const BORDER_BREAKS = [0, 10, 25, 50, 100] as const;

export interface BorderEdgeModel {
  key: string;
  a: string;
  b: string;
  score: number | null;
  segments: Segment[];
  colour: string;
  width: number;
  dash: string | null;
  /** For the edge's tooltip: "West Hills and Vale and Shore: 25% live on both sides". */
  label: string;
}

export interface BorderAreaModel {
  code: string;
  name: string;
  hexes: string[];
  outline: string;
  cx: number;
  cy: number;
  island: boolean;
}

export interface BorderLegendEntry {
  label: string;
  /** How many of the borders drawn are in the band. */
  count: number;
  colour: string;
  width: number;
  dash: string | null;
}

export interface BorderMapModel {
  areas: BorderAreaModel[];
  edges: BorderEdgeModel[];
  width: number;
  height: number;
  legend: BorderLegendEntry[];
  /** Borders in the feed whose two systems' hexes do not touch on the map. */
  notDrawn: BorderScore[];
  unplaced: string[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const BANDS = fixedClasses(
  BORDER_BREAKS,
  BORDER_STYLES.map((style) => style.colour),
).map((bin, index) => ({ ...bin, style: BORDER_STYLES[index] ?? BORDER_STYLES[3] }));

type Bands = typeof BANDS;
type Name = (code: string) => string;

function areasOf(
  cells: readonly HexCell[],
  groups: readonly HexGroup[],
  name: Name,
  islands: ReadonlySet<string>,
) {
  const cellById = new Map(cells.map((c) => [c.id, c]));
  return groups.map((group): BorderAreaModel => {
    const own = group.hexIds.flatMap((id) => cellById.get(id) ?? []);
    return {
      code: group.code,
      name: name(group.code),
      hexes: own.map((c) => c.points),
      outline: groupOutline(cells, group.hexIds),
      cx: own.reduce((sum, c) => sum + c.cx, 0) / Math.max(own.length, 1),
      cy: own.reduce((sum, c) => sum + c.cy, 0) / Math.max(own.length, 1),
      island: islands.has(group.code),
    };
  });
}

function edgeOf(
  border: BorderScore,
  segments: Segment[],
  bands: Bands,
  name: Name,
): BorderEdgeModel {
  const band = binOf(bands, border.score);
  const bandEntry = bands.find((b) => b.from === band?.from);
  const style = bandEntry?.style ?? NO_SCORE_STYLE;
  const scoreText =
    border.score === null ? 'no score' : `${formatScore(border.score)}% live on both sides`;
  return {
    key: pairKey(border.a, border.b),
    a: border.a,
    b: border.b,
    score: border.score,
    segments,
    colour: style.colour,
    width: style.width,
    dash: bandEntry ? null : NO_SCORE_STYLE.dash,
    label: `${name(border.a)} – ${name(border.b)}: ${scoreText}`,
  };
}

/**
 * Every band, empty ones too, and No score, each with how many drawn borders it has: the same
 * key every quarter, and counts that match the lines on the map (notDrawn lists the rest).
 */
function legendOf(bands: Bands, scores: readonly (number | null)[]): BorderLegendEntry[] {
  const counts = binCounts(bands, scores);
  const entries: BorderLegendEntry[] = bands.map((b, index) => ({
    label: `${b.label}% of the exchange weight live on both sides`,
    count: counts[index] ?? 0,
    colour: b.style.colour,
    width: b.style.width,
    dash: null,
  }));
  const noScore = scores.filter((score) => score === null || !Number.isFinite(score)).length;
  return [...entries, { label: 'No score', count: noScore, ...NO_SCORE_STYLE }];
}

export function buildBorderMapModel(
  layout: HexJson,
  feed: Pick<Feed, 'geography'>,
  period: string,
  borders: readonly BorderScore[],
  islands: ReadonlySet<string>,
  hexSize = 24,
): BorderMapModel {
  const placed = layoutForPeriod(layout, feed, period);
  const { cells, width, height } = hexCells(placed.layout, hexSize);
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  const name: Name = (code) => names.get(code) ?? code;
  const bands = BANDS;
  const byPair = new Map(borders.map((b) => [pairKey(b.a, b.b), b]));
  const edges = sharedEdges(cells, placed.groups).flatMap((shared) => {
    const border = byPair.get(pairKey(shared.a, shared.b));
    return border ? [edgeOf(border, shared.segments, bands, name)] : [];
  });
  const drawn = new Set(edges.map((e) => e.key));
  // Weakest drawn last, so a thick dark edge is never hidden under a thin one at a corner.
  edges.sort((x, y) => (y.score ?? -1) - (x.score ?? -1));
  return {
    areas: areasOf(cells, placed.groups, name, islands),
    edges,
    width,
    height,
    legend: legendOf(
      bands,
      edges.map((e) => e.score),
    ),
    notDrawn: borders.filter((b) => !drawn.has(pairKey(b.a, b.b))),
    unplaced: placed.unplaced,
  };
}
