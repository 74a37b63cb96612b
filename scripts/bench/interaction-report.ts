/**
 * Interaction long tasks of issue 15: while a reader changes the quarter, the metric or a weight
 * on the default data, no main-thread task over 50 ms. Each interaction is repeated; one sample
 * holds the Long Tasks API's entries (every task over 50 ms) from the change until the page is
 * quiet. Pure: the browser part is interaction-bench.ts.
 */
import { median } from './timing';

export const INTERACTION_GOAL_MS = 50;

/** The long tasks (durations in ms) one change of one control caused. */
export type InteractionSample = readonly number[];

export interface InteractionFigures {
  name: string;
  rounds: number;
  /** Median over rounds of each round's longest task; 0 when a round had no long task. */
  medianLongestMs: number;
  /** The longest task of any round. */
  worstLongestMs: number;
  /** Median over rounds of the number of long tasks. */
  medianCount: number;
  /** Median over rounds of the time blocked beyond 50 ms per task (TBT's sum, for one change). */
  medianBlockingMs: number;
}

/**
 * The first `rounds` values other than the one shown, wrapping round if there are fewer: each
 * change goes somewhere new (a quarter, metric or weighting not yet shown, so nothing cached).
 */
export function picksAfter(values: readonly string[], current: string, rounds: number): string[] {
  const others = values.filter((value) => value !== current);
  if (others.length === 0) return [];
  return Array.from({ length: rounds }, (_, i) => others[i % others.length] as string);
}

const longest = (tasks: InteractionSample) => Math.max(0, ...tasks);
const blocking = (tasks: InteractionSample) =>
  tasks.reduce((sum, ms) => sum + Math.max(0, ms - INTERACTION_GOAL_MS), 0);

export function summariseInteraction(
  name: string,
  samples: readonly InteractionSample[],
): InteractionFigures {
  return {
    name,
    rounds: samples.length,
    medianLongestMs: median(samples.map(longest)),
    worstLongestMs: Math.max(0, ...samples.map(longest)),
    medianCount: median(samples.map((tasks) => tasks.length)),
    medianBlockingMs: median(samples.map(blocking)),
  };
}

/** Met when the median round had no task over 50 ms (a task of exactly 50 ms is not long). */
export function interactionMet(figures: InteractionFigures): boolean {
  return figures.rounds > 0 && figures.medianLongestMs <= INTERACTION_GOAL_MS;
}

const ms = (value: number) =>
  Number.isNaN(value)
    ? 'n/a'
    : value === 0
      ? 'none'
      : `${Math.round(value).toLocaleString('en-GB')} ms`;
const count = (value: number) => (Number.isNaN(value) ? 'n/a' : String(value));

export function formatInteractionTable(rows: readonly InteractionFigures[]): string {
  const header = [
    'interaction',
    'rounds',
    'longest (median)',
    'longest (worst)',
    'long tasks (median)',
    'blocking (median)',
    'goal',
  ];
  const cells = rows.map((row) => [
    row.name,
    String(row.rounds),
    ms(row.medianLongestMs),
    ms(row.worstLongestMs),
    count(row.medianCount),
    ms(row.medianBlockingMs),
    interactionMet(row) ? 'met' : 'MISSED',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((cell) => (cell[i] as string).length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((value, i) => value.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
