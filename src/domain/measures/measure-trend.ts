/**
 * A measure's trend on a system's profile: the system's line on its own geography (estimated
 * from its predecessors before it began, crosswalk-measure-values.ts) and the national line, per
 * period, with the sentence that says what the lines show. England's figure needs no crosswalk:
 * the systems of either geography together cover the same country.
 */
import type { Feed, System } from '../feed/feed-schema';
import { successorsOf } from '../geography/crosswalk';
import { formatPeriod } from '../periods/period';
import { crosswalkedSeries } from './crosswalk-measure-values';
import type { CrosswalkedPoint } from './crosswalk-measure-values';
import { formatMeasureValue } from './measure-format';
import { formatIsoDay } from './measure-geography';
import { groupValue, valuesAt } from './measure-values';
import type { MeasureValues } from './measure-values';

export interface MeasureTrendRow extends CrosswalkedPoint {
  /** The national value in that period, from every system's summed parts. */
  national: number | null;
}

export interface MeasureTrend {
  rows: MeasureTrendRow[];
  /** True when some row is an estimate from predecessors. */
  estimated: boolean;
  /** The systems an ended system's area went to, largest share first (names). */
  successors: string[];
  summary: string;
}

type Geography = Pick<Feed['geography'], 'systems' | 'crosswalk'>;
type Subject = Pick<System, 'code' | 'shortName' | 'validFrom' | 'validTo'>;

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function nameOf(geography: Geography, code: string): string {
  return geography.systems.find((system) => system.code === code)?.shortName ?? code;
}

function changeSentence(values: MeasureValues, name: string, rows: MeasureTrendRow[]): string {
  const shown = rows.filter((row) => row.value !== null);
  const first = shown[0];
  const last = shown.at(-1);
  const value = (v: number | null) => formatMeasureValue(values.measure, v);
  if (!first || !last) return `No value for ${name} in any period.`;
  if (first === last) {
    return `${name}: ${value(last.value)} in ${formatPeriod(last.period)}; change over time cannot be judged from one period.`;
  }
  const verb =
    last.value! > first.value! ? 'rose' : last.value! < first.value! ? 'fell' : 'was unchanged';
  const estimate = first.estimated ? ' (estimated from predecessors)' : '';
  return `${name} ${verb} from ${value(first.value)} in ${formatPeriod(first.period)}${estimate} to ${value(last.value)} in ${formatPeriod(last.period)}.`;
}

function gapSentences(geography: Geography, rows: MeasureTrendRow[]): string[] {
  const unjudged = rows.filter((row) => row.value === null && row.estimated);
  const unpublished = rows.filter((row) => row.value === null && !row.estimated);
  const sentences: string[] = [];
  if (unjudged.length > 0) {
    const codes = [...new Set(unjudged.flatMap((row) => row.missing))];
    const months = listOf(unjudged.map((row) => formatPeriod(row.period)));
    sentences.push(
      `${months} cannot be judged: ${listOf(codes.map((c) => nameOf(geography, c)))} published no value, and a sum of some predecessors would understate use.`,
    );
  }
  if (unpublished.length > 0) {
    sentences.push(
      `No value published for ${listOf(unpublished.map((row) => formatPeriod(row.period)))} (a gap in the line).`,
    );
  }
  return sentences;
}

export function measureTrend(
  values: MeasureValues,
  geography: Geography,
  system: Subject,
  nationalName: string,
): MeasureTrend {
  const rows = crosswalkedSeries(values, geography.crosswalk, system).map((point) => ({
    ...point,
    national: groupValue(values.measure, [...valuesAt(values, point.period).values()]),
  }));
  const estimated = rows.some((row) => row.estimated);
  const successors = system.validTo
    ? successorsOf(geography.crosswalk, system.code).map((link) => nameOf(geography, link.code))
    : [];
  const national = rows.filter((row) => row.national !== null);
  const sentences = [changeSentence(values, system.shortName, rows)];
  if (estimated) {
    sentences.push(
      `Months before ${system.shortName} began are estimated from its predecessors through the crosswalk (population-weighted), drawn dotted.`,
    );
  }
  sentences.push(...gapSentences(geography, rows));
  const [a, b] = [national[0], national.at(-1)];
  const at = (r: MeasureTrendRow) =>
    `${formatMeasureValue(values.measure, r.national)} in ${formatPeriod(r.period)}`;
  if (a && b) sentences.push(`${nationalName}: ${a === b ? at(a) : `${at(a)}, ${at(b)}`}.`);
  if (successors.length > 0) {
    sentences.push(
      `${system.shortName} ended on ${formatIsoDay(system.validTo ?? '')}; later months are published for ${listOf(successors)}.`,
    );
  }
  return { rows, estimated, successors, summary: sentences.join(' ') };
}
