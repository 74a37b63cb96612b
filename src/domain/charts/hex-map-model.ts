import type { Feed, Region } from '../feed/feed-schema';
import { hexCells } from '../geography/hex-geometry';
import type { HexCell } from '../geography/hex-geometry';
import type { HexJson } from '../geography/hexjson';
import { groupOutline, layoutForPeriod } from '../geography/vintage-layout';
import type { HexGroup } from '../geography/vintage-layout';
import type { Comparison } from '../scoring/compare';
import { binOf, colourBins } from './colour-bins';
import type { ColourBin } from './colour-bins';
import type { MapDatum } from './map-model';
import { tooltipLines } from './map-model';

export type MapView = 'score' | 'compare';

export const NO_DATA_FILL = '#ffffff';

/** Blue, pale and orange: distinguishable with any colour vision, and each has a shape too. */
export const COMPARISON_LOOK: Record<Comparison, { fill: string; shape: string; word: string }> = {
  higher: { fill: '#2166ac', shape: '▲', word: 'Higher than England' },
  similar: { fill: '#c6dbef', shape: '●', word: 'Similar to England' },
  lower: { fill: '#e08214', shape: '▼', word: 'Lower than England' },
};

export interface HexAreaModel {
  code: string;
  label: string;
  /** The base-layout hexes (April 2023 ICB codes) the area is drawn with. */
  hexIds: string[];
  hexes: string[];
  outline: string;
  cx: number;
  cy: number;
  fill: string;
  hatched: boolean;
  shape: string | null;
  tooltipTitle: string;
  tooltipLines: string[];
}

function fillFor(datum: MapDatum, view: MapView, bins: readonly ColourBin[]): string {
  if (view === 'compare') {
    return datum.vsEngland ? COMPARISON_LOOK[datum.vsEngland].fill : NO_DATA_FILL;
  }
  return binOf(bins, datum.value)?.colour ?? NO_DATA_FILL;
}

/** One drawable area per system placed on the layout, in the order of `data`. */
export function hexAreas(
  cells: readonly HexCell[],
  groups: readonly HexGroup[],
  data: readonly MapDatum[],
  view: MapView,
  bins: readonly ColourBin[],
): HexAreaModel[] {
  const cellById = new Map(cells.map((cell) => [cell.id, cell]));
  const groupByCode = new Map(groups.map((group) => [group.code, group]));
  return data.flatMap((datum) => {
    const group = groupByCode.get(datum.code);
    const own = (group?.hexIds ?? [])
      .map((id) => cellById.get(id))
      .filter((cell) => cell !== undefined);
    if (own.length === 0) return [];
    const cx = own.reduce((sum, cell) => sum + cell.cx, 0) / own.length;
    const cy = own.reduce((sum, cell) => sum + cell.cy, 0) / own.length;
    return [
      {
        code: datum.code,
        label: datum.label,
        hexIds: own.map((cell) => cell.id),
        hexes: own.map((cell) => cell.points),
        outline: groupOutline(
          [...cells],
          own.map((cell) => cell.id),
        ),
        cx,
        cy,
        fill: fillFor(datum, view, bins),
        hatched: datum.value !== null && datum.lowConfidence,
        shape:
          view === 'compare' && datum.vsEngland ? COMPARISON_LOOK[datum.vsEngland].shape : null,
        tooltipTitle: datum.name,
        tooltipLines: tooltipLines(datum),
      },
    ];
  });
}

/** One outline per region, around the hexes of its systems. */
export function regionOutlines(
  cells: readonly HexCell[],
  groups: readonly HexGroup[],
  data: readonly MapDatum[],
  regions: readonly Region[],
): string[] {
  const regionOf = new Map(data.map((datum) => [datum.code, datum.regionCode]));
  return regions
    .map((region) =>
      groups
        .filter((group) => regionOf.get(group.code) === region.code)
        .flatMap((group) => group.hexIds),
    )
    .filter((hexIds) => hexIds.length > 0)
    .map((hexIds) => groupOutline([...cells], hexIds));
}

export interface LegendEntry {
  /** A fill colour, or "hatch" for the low-confidence pattern. */
  swatch: string;
  shape?: string;
  label: string;
}

export function legendEntries(view: MapView, bins: readonly ColourBin[]): LegendEntry[] {
  const items: LegendEntry[] =
    view === 'compare'
      ? Object.values(COMPARISON_LOOK).map((look) => ({
          swatch: look.fill,
          shape: look.shape,
          label: look.word,
        }))
      : bins.map((bin) => ({ swatch: bin.colour, label: bin.label }));
  return [
    ...items,
    { swatch: 'hatch', label: 'Low confidence (under 80% reported)' },
    { swatch: NO_DATA_FILL, label: 'No data' },
  ];
}

export interface HexMapModel {
  areas: HexAreaModel[];
  regionOutlines: string[];
  width: number;
  height: number;
  /** Systems of the period with no hex and no centroid to place them by. */
  unplaced: string[];
  legend: LegendEntry[];
}

/** Everything the map draws for a period: areas, region outlines, size and key. */
export function buildHexMapModel(
  layout: HexJson,
  feed: Feed,
  period: string,
  data: readonly MapDatum[],
  view: MapView,
  hexSize = 24,
): HexMapModel {
  // The period's layout may add hexes placed from centroids for systems the base layout lacks.
  const placed = layoutForPeriod(layout, feed, period);
  const { cells, width, height } = hexCells(placed.layout, hexSize);
  const { groups, unplaced } = placed;
  const bins = colourBins(data.map((datum) => datum.value));
  return {
    areas: hexAreas(cells, groups, data, view, bins),
    regionOutlines: regionOutlines(cells, groups, data, feed.geography.regions),
    width,
    height,
    unplaced,
    legend: legendEntries(view, bins),
  };
}

/** The area each base hex belongs to, for maps keyed by the base geography (real boundaries). */
export function areaByHexId(areas: readonly HexAreaModel[]): Map<string, HexAreaModel> {
  return new Map(areas.flatMap((area) => area.hexIds.map((id) => [id, area] as const)));
}
