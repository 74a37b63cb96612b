/**
 * Say and do: for one measure linked to a standard and one quarter, each system's self-reported
 * standard score (what it says) beside its measured use in the same quarter (what it does). Only
 * systems with both are paired; everyone left out is counted by reason, so a view can say who is
 * missing and why rather than plot a silent subset.
 */
import type { Feed, Measure } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { measureValues, quarterlyValues, valuesAt } from '../measures/measure-values';
import { standardScore } from '../scoring/standard-score';

export interface SayDoPair {
  code: string;
  /** The self-reported standard score, 0-100. */
  said: number;
  /** Measured use in the measure's own unit (a share is 0-1). */
  measured: number;
}

export interface SayDoPairs {
  /** Systems with both a score and a measured value, in feed order. */
  pairs: SayDoPair[];
  /** Systems of the quarter's geography with a score but no measured value. */
  noMeasured: string[];
  /** Systems of the quarter's geography with a measured value but no score. */
  noScore: string[];
  /** Systems of the quarter's geography with neither. */
  neither: string[];
  /**
   * Systems with a measured value for the quarter that did not exist throughout it (another
   * geography vintage): left out rather than mixed with the quarter's systems.
   */
  otherGeography: string[];
  /** How many systems the quarter's geography has. */
  systemsInQuarter: number;
}

/** Self-reported scores of one standard in one quarter, by system (the higher of any duplicate). */
export function saidScores(feed: Feed, standardId: string, period: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const row of feed.observations) {
    if (row.standard !== standardId || row.period !== period) continue;
    const score = standardScore(row.status, row.coverage);
    if (Number.isNaN(score)) continue;
    // Keep the higher score, as scoring does, so row order never matters.
    if (!((scores.get(row.system) ?? -1) >= score)) scores.set(row.system, score);
  }
  return scores;
}

/**
 * Measured use by system for the quarter: a quarterly measure as published, a monthly one rolled
 * up (all three months needed). Null for a financial-year measure: it cannot be compared with a
 * quarter.
 */
export function measuredInQuarter(
  feed: Feed,
  measure: Measure,
  period: string,
): Map<string, number> | null {
  const quarterly = quarterlyValues(measureValues(measure, feed.measurements));
  if (quarterly === null) return null;
  return new Map([...valuesAt(quarterly, period)].map(([code, row]) => [code, row.value]));
}

/** Pairs for one measure and quarter; null when the measure cannot be put on a quarter. */
export function sayDoPairs(feed: Feed, measure: Measure, period: string): SayDoPairs | null {
  const measured = measuredInQuarter(feed, measure, period);
  if (measured === null || measure.standardId === undefined) return null;
  const said = saidScores(feed, measure.standardId, period);
  const result: SayDoPairs = {
    pairs: [],
    noMeasured: [],
    noScore: [],
    neither: [],
    otherGeography: [],
    systemsInQuarter: 0,
  };
  const inQuarter = new Set<string>();
  for (const system of feed.geography.systems) {
    if (!isSystemValidIn(system, period)) continue;
    inQuarter.add(system.code);
    const score = said.get(system.code);
    const value = measured.get(system.code);
    if (score !== undefined && value !== undefined) {
      result.pairs.push({ code: system.code, said: score, measured: value });
    } else if (score !== undefined) result.noMeasured.push(system.code);
    else if (value !== undefined) result.noScore.push(system.code);
    else result.neither.push(system.code);
  }
  result.systemsInQuarter = inQuarter.size;
  result.otherGeography = [...measured.keys()].filter((code) => !inQuarter.has(code)).sort();
  return result;
}

/** The quarters in which the measure has any value, oldest first; [] when it has no quarters. */
export function measuredQuarters(feed: Feed, measure: Measure): string[] {
  return quarterlyValues(measureValues(measure, feed.measurements))?.periods ?? [];
}
