/**
 * A measure on the national map for one period: each system of the period's geography with its
 * value (or none), its rank among the systems with a value, and the national value from summed
 * parts; then the hexes, coloured by the measure's own classes, with a mark as well as a colour
 * for a system with no value published.
 */
import type { ColourBin } from '../charts/colour-bins';
import { NO_DATA_FILL } from '../charts/chart-theme';
import { hatchStrokeFor } from '../charts/colour-contrast';
import type { HexAreaModel, HexMapModel } from '../charts/hex-map-model';
import { regionOutlines } from '../charts/hex-map-model';
import type { LegendEntry } from '../charts/map-legend-entries';
import type { Feed } from '../feed/feed-schema';
import { hexCells } from '../geography/hex-geometry';
import type { HexJson } from '../geography/hexjson';
import { groupOutline, layoutForPeriod } from '../geography/vintage-layout';
import { measureBinOf } from './measure-bins';
import { formatMeasureValue } from './measure-format';
import type { MeasureGeography } from './measure-geography';
import type { MeasureValues } from './measure-values';
import { groupValue, valuesAt } from './measure-values';

export const NO_VALUE_SHAPE = '○';
export const NO_VALUE_LABEL = 'No value published';

export interface MeasureMapRow {
  code: string;
  name: string;
  regionCode: string;
  value: number | null;
  /** 1 is the highest value; null without a value. */
  rank: number | null;
  /** How many systems have a value in this period. */
  ranked: number;
}

export interface MeasureMap {
  rows: MeasureMapRow[];
  /** The value of every system with one, from summed numerators and denominators. */
  national: number | null;
}

/** The rows of one period, in the order of the feed's systems. */
export function measureMapRows(
  values: MeasureValues,
  feed: Pick<Feed, 'geography'>,
  geography: MeasureGeography,
  period: string,
): MeasureMap {
  const at = valuesAt(values, period);
  const inPeriod = new Set(geography.systems);
  const systems = feed.geography.systems.filter((system) => inPeriod.has(system.code));
  const sorted = [...at.values()].map((row) => row.value).sort((a, b) => b - a);
  const rows = systems.map((system) => {
    const value = at.get(system.code)?.value ?? null;
    return {
      code: system.code,
      name: system.shortName ?? system.name,
      regionCode: system.regionCode,
      value,
      // Ties share the better rank.
      rank: value === null ? null : sorted.indexOf(value) + 1,
      ranked: sorted.length,
    };
  });
  return { rows, national: groupValue(values.measure, [...at.values()]) };
}

function areaOf(
  row: MeasureMapRow,
  own: ReturnType<typeof hexCells>['cells'],
  cells: ReturnType<typeof hexCells>['cells'],
  bins: readonly ColourBin[],
  values: MeasureValues,
): HexAreaModel {
  const fill = measureBinOf(bins, row.value)?.colour ?? NO_DATA_FILL;
  const shown = formatMeasureValue(values.measure, row.value);
  const rank = row.rank === null ? '' : `, ${row.rank} of ${row.ranked}`;
  return {
    code: row.code,
    label: `${row.name}: ${shown}${rank}`,
    hexIds: own.map((cell) => cell.id),
    hexes: own.map((cell) => cell.points),
    outline: groupOutline(
      [...cells],
      own.map((cell) => cell.id),
    ),
    cx: own.reduce((sum, cell) => sum + cell.cx, 0) / own.length,
    cy: own.reduce((sum, cell) => sum + cell.cy, 0) / own.length,
    fill,
    hatched: false,
    hatchStroke: hatchStrokeFor(fill),
    shape: row.value === null ? NO_VALUE_SHAPE : null,
    tooltipTitle: row.name,
    tooltipLines: [
      `Value: ${shown}`,
      row.rank === null ? 'Rank: none' : `Rank: ${row.rank} of ${row.ranked}`,
    ],
  };
}

/** Every class (empty ones too, so the key stays the same each month) and No value published. */
export function measureLegend(
  bins: readonly ColourBin[],
  rows: readonly MeasureMapRow[],
): LegendEntry[] {
  const entries = bins.map((bin) => ({
    swatch: bin.colour,
    label: bin.label,
    count: rows.filter((row) => measureBinOf(bins, row.value) === bin).length,
  }));
  const missing = rows.filter((row) => row.value === null).length;
  return [
    ...entries,
    { swatch: NO_DATA_FILL, shape: NO_VALUE_SHAPE, label: NO_VALUE_LABEL, count: missing },
  ];
}

/** The hex map of one period, drawn on that period's own geography. */
export function measureHexModel(
  layout: HexJson,
  feed: Feed,
  geography: MeasureGeography,
  rows: readonly MeasureMapRow[],
  bins: readonly ColourBin[],
  values: MeasureValues,
  hexSize = 24,
): HexMapModel {
  const placed = layoutForPeriod(layout, feed, geography.quarter);
  const { cells, width, height } = hexCells(placed.layout, hexSize);
  const cellById = new Map(cells.map((cell) => [cell.id, cell]));
  const groupByCode = new Map(placed.groups.map((group) => [group.code, group]));
  const areas = rows.flatMap((row) => {
    const own = (groupByCode.get(row.code)?.hexIds ?? [])
      .map((id) => cellById.get(id))
      .filter((cell) => cell !== undefined);
    return own.length === 0 ? [] : [areaOf(row, own, cells, bins, values)];
  });
  const drawn = new Set(areas.map((area) => area.code));
  return {
    areas,
    regionOutlines: regionOutlines(cells, placed.groups, rows, feed.geography.regions),
    width,
    height,
    unplaced: placed.unplaced,
    legend: measureLegend(
      bins,
      rows.filter((row) => drawn.has(row.code)),
    ),
  };
}

/** The map in words: the national value, the highest and lowest systems, and those without one. */
export function measureMapSummary(
  values: MeasureValues,
  map: MeasureMap,
  period: string,
  nationalLabel: string,
): string {
  const { measure } = values;
  const withValue = map.rows.filter((row) => row.value !== null);
  const missing = map.rows.length - withValue.length;
  const none =
    missing > 0 ? ` ${missing} of ${map.rows.length} systems have no value published.` : '';
  if (withValue.length === 0) return `No system has a value published for this period.${none}`;
  const byValue = [...withValue].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const top = byValue[0]!;
  const bottom = byValue.at(-1)!;
  const national =
    map.national === null ? '' : `${nationalLabel}: ${formatMeasureValue(measure, map.national)}. `;
  return (
    `${national}Highest ${top.name} (${formatMeasureValue(measure, top.value)}), lowest ` +
    `${bottom.name} (${formatMeasureValue(measure, bottom.value)}), across ${withValue.length} systems in ${period}.${none}`
  );
}
