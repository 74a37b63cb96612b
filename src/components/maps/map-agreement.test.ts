/**
 * Agreement over the bundled feed: every map value and change over the year reads the same in the
 * hex tooltip, the hex's accessible name and the map's CSV download, for every quarter and every
 * metric. Before one rounding rule (docs/numbers.md), 700 of the 13,071 changes disagreed: the
 * tooltip rounded 27.65 (stored as 27.6499…) to 27.6 and the CSV to 27.7.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapData, tooltipLines } from '../../domain/charts/map-model';
import type { MapDatum } from '../../domain/charts/map-model';
import type { MetricChoice } from '../../domain/charts/metric-value';
import { parseFeed } from '../../domain/feed/parse-feed';
import { formatChange } from '../../domain/format/format-number';
import { scoreFeed, scoredPeriods } from '../../domain/scoring/score-feed';
import { defaultWeights } from '../../domain/scoring/weights';
import { mapCsv } from './map-csv';

const parsed = parseFeed(JSON.parse(readFileSync('public/data/feed.json', 'utf8')));
if (!parsed.ok) throw new Error('The bundled feed must parse');
const feed = parsed.feed;
const scores = scoreFeed(feed, defaultWeights(feed));

const metrics: MetricChoice[] = [
  { kind: 'overall' },
  ...feed.categories.map((category) => ({ kind: 'category' as const, id: category.id })),
  ...feed.standards.map((standard) => ({ kind: 'standard' as const, id: standard.id })),
];

const VALUE_COLUMN = 3;
const CHANGE_COLUMN = 10;

/** The whole number a text shows as "<n> of 100", or null when it shows none. */
function shownScore(text: string): number | null {
  const match = / (\d+) of 100/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Why one datum's texts disagree, or null when they agree. */
function disagreement(datum: MapDatum, csvRow: readonly unknown[]): string | null {
  const [valueLine = '', , changeLine = ''] = tooltipLines(datum);
  const inTooltip = shownScore(valueLine);
  const inLabel = shownScore(datum.label);
  const csvValue = csvRow[VALUE_COLUMN] as number | null;
  if (inTooltip !== inLabel) return `tooltip ${inTooltip} vs label ${inLabel}`;
  // The CSV keeps one more decimal than the screen, so it agrees when it is within half a point.
  const csvAgrees = csvValue === null ? inTooltip === null : Math.abs(csvValue - inTooltip!) <= 0.5;
  if (!csvAgrees) return `tooltip ${inTooltip} vs CSV ${csvValue}`;
  const csvChange = formatChange(csvRow[CHANGE_COLUMN] as number | null);
  const tooltipChange = changeLine.replace('Change over the year: ', '');
  return tooltipChange === csvChange ? null : `tooltip ${tooltipChange} vs CSV ${csvChange}`;
}

describe('map texts agree over the bundled feed', () => {
  const failures: string[] = [];
  let checked = 0;
  let changes = 0;
  for (const period of scoredPeriods(scores)) {
    for (const metric of metrics) {
      const data = mapData(feed, scores, period, metric, {});
      const csv = mapCsv(data, 'Value', (code) => code, 'Compared with England');
      data.forEach((datum, index) => {
        checked += 1;
        if (datum.changeOverYear !== null) changes += 1;
        const why = disagreement(datum, csv.rows[index] ?? []);
        if (why)
          failures.push(
            `${period} ${metric.kind} ${'id' in metric ? metric.id : ''} ${datum.code}: ${why}`,
          );
      });
    }
  }

  it('checks every value of every quarter and metric, 13,071 of them with a change', () => {
    expect(checked).toBe(21150);
    expect(changes).toBe(13071);
  });

  it('finds no value that reads differently in tooltip, accessible name and CSV', () => {
    expect(failures.slice(0, 5)).toEqual([]);
    expect(failures).toHaveLength(0);
  });
});
