import type { Feed, Region } from '../feed/feed-schema';
import { hexCells } from '../geography/hex-geometry';
import type { HexCell } from '../geography/hex-geometry';
import type { HexJson } from '../geography/hexjson';
import { groupOutline, layoutForPeriod } from '../geography/vintage-layout';
import type { HexGroup } from '../geography/vintage-layout';
import { NO_DATA_FILL } from './chart-theme';
import { binOf, SCORE_CLASSES } from './colour-bins';
import { hatchStrokeFor } from './colour-contrast';
import {
  COMPARISON_LOOK,
  legendEntries,
  LOADING_SHAPE,
  UNAVAILABLE_SHAPE,
} from './map-legend-entries';
import type { LegendEntry, MapView } from './map-legend-entries';
import type { MapDatum } from './map-model';
import { tooltipLines } from './map-model';
import { feedPlace } from '../feed/feed-place';
import { isLoadingText } from '../mesh/no-data-text';

// Pages import the view type with the map model they build.
export type { MapView } from './map-legend-entries';

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
  /** The hatch line colour that keeps 3:1 against this fill (dark or white). */
  hatchStroke: string;
  shape: string | null;
  tooltipTitle: string;
  tooltipLines: string[];
}

function fillFor(datum: MapDatum, view: MapView): string {
  if (view === 'compare') {
    return datum.vsEngland ? COMPARISON_LOOK[datum.vsEngland].fill : NO_DATA_FILL;
  }
  return binOf(SCORE_CLASSES, datum.value)?.colour ?? NO_DATA_FILL;
}

/** The layout-only part of one system's area: its hexes, outline and centre. */
interface AreaShape {
  hexIds: string[];
  hexes: string[];
  outline: string;
  cx: number;
  cy: number;
}

/**
 * The layout-only parts of a map, per cells and grouping (both never changed in place): each
 * system's shape and the region outlines by region membership. Every partial mesh view and every
 * quarter brings new data on the same layout, and the outlines were most of a draw's work (issue
 * 15), so a data change now only recolours. The grouping is keyed by its content, not its object:
 * each quarter has a layout object of its own, but the quarters of one geography group the hexes
 * alike.
 */
interface LayoutShapes {
  byCode: Map<string, AreaShape | null>;
  regions: Map<string, string[]>;
}

const shapesMade = new WeakMap<readonly HexCell[], Map<string, LayoutShapes>>();

/** Groupings and region memberships kept per layout: a few (one per vintage) are ever asked for. */
const GROUPINGS_KEPT = 16;
const REGION_KEYS_KEPT = 16;

function shapesFor(cells: readonly HexCell[], groups: readonly HexGroup[]): LayoutShapes {
  const byGrouping = shapesMade.get(cells) ?? new Map<string, LayoutShapes>();
  shapesMade.set(cells, byGrouping);
  const grouping = JSON.stringify(groups.map((group) => [group.code, group.hexIds]));
  const known = byGrouping.get(grouping);
  if (known) return known;
  const made: LayoutShapes = { byCode: new Map(), regions: new Map() };
  if (byGrouping.size >= GROUPINGS_KEPT) byGrouping.clear();
  byGrouping.set(grouping, made);
  return made;
}

/** Each system's shape, worked out once per cells and groups (a lookup map made once too). */
function areaShapes(
  cells: readonly HexCell[],
  groups: readonly HexGroup[],
  codes: readonly string[],
): Map<string, AreaShape | null> {
  const { byCode } = shapesFor(cells, groups);
  if (codes.every((code) => byCode.has(code))) return byCode;
  const cellById = new Map(cells.map((cell) => [cell.id, cell]));
  const cellIndex = new Map(cells.map((cell, index) => [cell.id, index]));
  const groupByCode = new Map(groups.map((group) => [group.code, group]));
  for (const code of codes) {
    if (byCode.has(code)) continue;
    const own = (groupByCode.get(code)?.hexIds ?? [])
      .map((id) => cellById.get(id))
      .filter((cell) => cell !== undefined);
    byCode.set(
      code,
      own.length === 0
        ? null
        : {
            hexIds: own.map((cell) => cell.id),
            hexes: own.map((cell) => cell.points),
            outline: outlineOf(own, cellIndex),
            cx: own.reduce((sum, cell) => sum + cell.cx, 0) / own.length,
            cy: own.reduce((sum, cell) => sum + cell.cy, 0) / own.length,
          },
    );
  }
  return byCode;
}

/**
 * One drawable area per system placed on the layout, in the order of `data`. The shapes come from
 * the layout alone and are worked out once per `cells` and `groups`; the data only colours them.
 */
export function hexAreas(
  cells: readonly HexCell[],
  groups: readonly HexGroup[],
  data: readonly MapDatum[],
  view: MapView,
): HexAreaModel[] {
  const shapes = areaShapes(
    cells,
    groups,
    data.map((datum) => datum.code),
  );
  return data.flatMap((datum) => {
    const shape = shapes.get(datum.code);
    if (!shape) return [];
    const fill = fillFor(datum, view);
    return [
      {
        code: datum.code,
        label: datum.label,
        // Copies, so that no reader of one model can change another's.
        hexIds: [...shape.hexIds],
        hexes: [...shape.hexes],
        outline: shape.outline,
        cx: shape.cx,
        cy: shape.cy,
        fill,
        hatched: datum.value !== null && datum.lowConfidence,
        hatchStroke: hatchStrokeFor(fill),
        shape: datum.unavailable
          ? isLoadingText(datum.unavailable)
            ? LOADING_SHAPE
            : UNAVAILABLE_SHAPE
          : view === 'compare' && datum.vsEngland
            ? COMPARISON_LOOK[datum.vsEngland].shape
            : null,
        tooltipTitle: datum.name,
        tooltipLines: tooltipLines(datum),
      },
    ];
  });
}

/**
 * groupOutline(cells, ids) of the area's own cells: it reads the cells it keeps in the layout's
 * order, so passing just those, in that order, draws the same path without scanning every cell of
 * the layout once per system (1,421 x 1,421 on the big-feed bench, about 70 ms of the first draw).
 */
function outlineOf(own: readonly HexCell[], cellIndex: ReadonlyMap<string, number>): string {
  const inOrder = [...new Set(own)].sort(
    (a, b) => (cellIndex.get(a.id) ?? 0) - (cellIndex.get(b.id) ?? 0),
  );
  return groupOutline(
    inOrder,
    inOrder.map((cell) => cell.id),
  );
}

/**
 * One outline per region, around the hexes of its systems. Worked out once per `cells`, `groups`
 * and membership (which region each group's system is in, and the regions' order).
 */
export function regionOutlines(
  cells: readonly HexCell[],
  groups: readonly HexGroup[],
  data: readonly Pick<MapDatum, 'code' | 'regionCode'>[],
  regions: readonly Region[],
): string[] {
  const regionOf = new Map(data.map((datum) => [datum.code, datum.regionCode]));
  const membership = JSON.stringify([
    regions.map((region) => region.code),
    groups.map((group) => regionOf.get(group.code) ?? null),
  ]);
  const known = shapesFor(cells, groups).regions;
  const kept = known.get(membership);
  if (kept) return [...kept];
  const outlines = regions
    .map((region) =>
      groups
        .filter((group) => regionOf.get(group.code) === region.code)
        .flatMap((group) => group.hexIds),
    )
    .filter((hexIds) => hexIds.length > 0)
    .map((hexIds) => groupOutline([...cells], hexIds));
  if (known.size >= REGION_KEYS_KEPT) known.clear();
  known.set(membership, outlines);
  return [...outlines];
}

/** hexCells, the same object for the same layout and size (layouts are never changed in place). */
const cellsMade = new WeakMap<HexJson, Map<number, ReturnType<typeof hexCells>>>();

function cellsOf(layout: HexJson, hexSize: number): ReturnType<typeof hexCells> {
  const bySize = cellsMade.get(layout) ?? new Map<number, ReturnType<typeof hexCells>>();
  cellsMade.set(layout, bySize);
  const known = bySize.get(hexSize);
  if (known) return known;
  const made = hexCells(layout, hexSize);
  bySize.set(hexSize, made);
  return made;
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
  const { cells, width, height } = cellsOf(placed.layout, hexSize);
  const { groups, unplaced } = placed;
  const areas = hexAreas(cells, groups, data, view);
  // The key counts the systems drawn; unplaced ones are in the notice and the table instead.
  const drawn = new Set(areas.map((area) => area.code));
  return {
    areas,
    regionOutlines: regionOutlines(cells, groups, data, feed.geography.regions),
    width,
    height,
    unplaced,
    legend: legendEntries(
      view,
      data.filter((datum) => drawn.has(datum.code)),
      feedPlace(feed.metadata).nationalInText,
    ),
  };
}

/** The area each base hex belongs to, for maps keyed by the base geography (real boundaries). */
export function areaByHexId(areas: readonly HexAreaModel[]): Map<string, HexAreaModel> {
  return new Map(areas.flatMap((area) => area.hexIds.map((id) => [id, area] as const)));
}
