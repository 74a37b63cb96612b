/**
 * The side-by-side table of Compare: overall readiness, then each category followed by its
 * standards, with one cell per chosen system and England's value for reference. Every cell
 * carries its number, its shade (score band) and its comparison with England, so the table reads
 * the same in words, in numbers and in colour.
 */
import { englandValue } from '../charts/map-model';
import type { MetricChoice } from '../charts/metric-value';
import type { Feed } from '../feed/feed-schema';
import { compareScore } from '../scoring/compare';
import type { Comparison } from '../scoring/compare';
import { LOW_CONFIDENCE_BELOW } from '../scoring/score-system';
import type { FeedScores, SystemScore } from '../scoring/score-types';
import { scoreBand } from './score-bands';
import type { ScoreBand } from './score-bands';

export interface CompareCell {
  code: string;
  /** False when the system did not exist in the quarter (ended before it, or began after). */
  inPeriod: boolean;
  /** 0-100; null when not reported (or the system is not in the quarter). */
  value: number | null;
  /** Share of the row's weight reported; null for a single standard (reported or not). */
  completeness: number | null;
  lowConfidence: boolean;
  band: ScoreBand | null;
  vsEngland: Comparison | null;
}

export interface CompareRow {
  /** "overall", "category:<id>" or "standard:<id>": unique within the table. */
  key: string;
  kind: 'overall' | 'category' | 'standard';
  name: string;
  /** The category the row belongs to (its own id for a category row); null for overall. */
  categoryId: string | null;
  england: number | null;
  cells: CompareCell[];
}

function cellFor(
  code: string,
  score: SystemScore | undefined,
  metric: MetricChoice,
  england: number | null,
): CompareCell {
  const { value, completeness } = valueOf(score, metric);
  return {
    code,
    inPeriod: score !== undefined,
    value,
    completeness,
    // A missing score is already said in words ("Not reported"); the caveat is for a score built
    // on too little of its weight.
    lowConfidence: value !== null && completeness !== null && completeness < LOW_CONFIDENCE_BELOW,
    band: scoreBand(value),
    vsEngland: compareScore(value, england),
  };
}

function valueOf(score: SystemScore | undefined, metric: MetricChoice) {
  if (!score) return { value: null, completeness: null };
  if (metric.kind === 'overall') return { value: score.overall, completeness: score.completeness };
  if (metric.kind === 'category') {
    const category = score.categories[metric.id];
    return { value: category?.score ?? null, completeness: category?.completeness ?? 0 };
  }
  return { value: score.standards[metric.id] ?? null, completeness: null };
}

/**
 * Rows for the chosen systems in a quarter, cells in the order of `codes`. Categories and
 * standards keep the feed's order, which follows the published grouping. Empty for a quarter
 * that was not scored.
 */
export function compareRows(
  feed: Pick<Feed, 'categories' | 'standards'>,
  scores: FeedScores,
  period: string,
  codes: readonly string[],
): CompareRow[] {
  const periodScores = scores.byPeriod[period];
  if (!periodScores) return [];
  const byCode = new Map(periodScores.systems.map((system) => [system.code, system]));
  const row = (
    kind: CompareRow['kind'],
    metric: MetricChoice,
    name: string,
    categoryId: string | null,
  ): CompareRow => {
    const england = englandValue(scores, period, metric);
    return {
      key: metric.kind === 'overall' ? 'overall' : `${metric.kind}:${metric.id}`,
      kind,
      name,
      categoryId,
      england,
      cells: codes.map((code) => cellFor(code, byCode.get(code), metric, england)),
    };
  };
  return [
    row('overall', { kind: 'overall' }, 'Overall readiness', null),
    ...feed.categories.flatMap((category) => [
      row('category', { kind: 'category', id: category.id }, category.name, category.id),
      ...feed.standards
        .filter((standard) => standard.categoryId === category.id)
        .map((standard) =>
          row('standard', { kind: 'standard', id: standard.id }, standard.name, category.id),
        ),
    ]),
  ];
}
