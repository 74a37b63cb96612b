/**
 * The hex map in border mode: every system's hexes drawn plainly, and every edge where two
 * bordering systems' hexes meet drawn with the border's cross-border score, thick and dark where
 * the border is weak. The bands span the scores shown (as the readiness map's colours do), so a
 * quarter where every border scores 9 to 19 still shows which are weakest; the key prints the
 * numbers, and line width carries the order as well as colour.
 */
import type { Feed } from '../feed/feed-schema';
import { colourBins, binOf } from '../charts/colour-bins';
import { hexCells } from '../geography/hex-geometry';
import type { HexCell, HexGroup } from '../geography/hex-geometry';
import type { HexJson } from '../geography/hexjson';
import type { Segment } from '../geography/hex-outline';
import { groupOutline, layoutForPeriod, sharedEdges } from '../geography/vintage-layout';
import type { BorderScore } from './border-scores';

/** Weakest first: dark purple and thick, to lighter and thin (all >= 3:1 on the pale hexes). */
export const BORDER_STYLES = [
  { colour: '#1d0636', width: 10 },
  { colour: '#4b1d7a', width: 6.5 },
  { colour: '#7a4fad', width: 3.5 },
  { colour: '#8f70bd', width: 2 },
] as const;
export const NO_SCORE_STYLE = { colour: '#768692', width: 2, dash: '4 3' };
export const AREA_FILL = '#f0f4f5';

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

function bandsFor(borders: readonly BorderScore[]) {
  const bins = colourBins(
    borders.map((b) => b.score),
    BORDER_STYLES.length,
  );
  // colourBins returns its classes lowest first; the lowest gets the heaviest style.
  return bins.map((bin, index) => ({ ...bin, style: BORDER_STYLES[index] ?? BORDER_STYLES[3] }));
}

type Bands = ReturnType<typeof bandsFor>;
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
    border.score === null ? 'no score' : `${Math.round(border.score)}% live on both sides`;
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

function legendOf(bands: Bands, borders: readonly BorderScore[]): BorderLegendEntry[] {
  const entries: BorderLegendEntry[] = bands.map((b) => ({
    label: `${b.label}% of the exchange weight live on both sides`,
    colour: b.style.colour,
    width: b.style.width,
    dash: null,
  }));
  if (borders.some((b) => b.score === null)) entries.push({ label: 'No score', ...NO_SCORE_STYLE });
  return entries;
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
  const bands = bandsFor(borders);
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
    legend: legendOf(bands, borders),
    notDrawn: borders.filter((b) => !drawn.has(pairKey(b.a, b.b))),
    unplaced: placed.unplaced,
  };
}
