/**
 * scoreFeed: every system, standard and quarter of a feed scored with one set of weights. Runs in a
 * Web Worker on large feeds, so the result is plain data (no classes, Maps or functions) that
 * survives structured cloning.
 */
import type { Feed, PeriodId } from '../feed/feed-schema';
import { isSystemValidIn } from '../geography/system-validity';
import { aggregateScores } from './aggregate';
import { blendMeasuredUse } from './measured-use';
import { buildScoreMatrices } from './score-matrix';
import { contextFor, scoreSystem } from './score-system';
import type { ScoringContext } from './score-system';
import type { FeedScores, PeriodScores, SystemScore } from './score-types';
import type { Weights } from './weights';

export { LOW_CONFIDENCE_BELOW } from './score-system';
export type {
  AggregateScore,
  CategoryScore,
  FeedScores,
  PeriodScores,
  SystemScore,
} from './score-types';

/** The scored periods, oldest first (period ids sort as text). */
export function scoredPeriods(scores: FeedScores): string[] {
  return Object.keys(scores.byPeriod).sort();
}

function regionAggregates(feed: Feed, systems: readonly SystemScore[]) {
  const groups = new Map<string, SystemScore[]>(feed.geography.regions.map((r) => [r.code, []]));
  for (const system of systems) {
    const group = groups.get(system.regionCode);
    if (group) group.push(system);
    else groups.set(system.regionCode, [system]);
  }
  return Object.fromEntries(
    [...groups].map(([code, members]) => [
      code,
      aggregateScores(
        members.map((s) => s.overall),
        members.map((s) => s.population),
      ),
    ]),
  );
}

function scorePeriod(
  feed: Feed,
  period: PeriodId,
  matrix: Float64Array,
  context: ScoringContext,
): PeriodScores {
  const systems: SystemScore[] = [];
  feed.geography.systems.forEach((system, row) => {
    if (isSystemValidIn(system, period)) systems.push(scoreSystem(system, matrix, row, context));
  });
  const populations = systems.map((s) => s.population);
  const categoriesNational = Object.fromEntries(
    context.catalogue.categoryIds.map((id) => [
      id,
      aggregateScores(
        systems.map((s) => s.categories[id]?.score ?? null),
        populations,
      ),
    ]),
  );
  return {
    period,
    systems,
    national: aggregateScores(
      systems.map((s) => s.overall),
      populations,
    ),
    regions: regionAggregates(feed, systems),
    categoriesNational,
  };
}

/** All systems x standards x periods, in time linear in the number of observations. */
export function scoreFeed(feed: Feed, weights: Weights): FeedScores {
  const steps = scoreFeedSteps(feed, weights);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * scoreFeed in steps, for the page, which scores the bundled data itself: the matrices, then each
 * period, is one step, and the caller lets the page run between them. Scoring the default mesh in
 * one go was a task of 65-80 ms with the CPU slowed to a phone's, once per view drawn while it
 * loads. The same work in the same order, so the scores are those of one go.
 */
export function* scoreFeedSteps(feed: Feed, weights: Weights): Generator<void, FeedScores, void> {
  const periods = [...feed.periods].sort();
  const context = contextFor(feed, weights);
  const matrices = buildScoreMatrices(feed, periods);
  if (weights.measuredUse === true) blendMeasuredUse(feed, periods, matrices);
  const byPeriod: Record<string, PeriodScores> = {};
  for (const [p, period] of periods.entries()) {
    yield;
    byPeriod[period] = scorePeriod(feed, period, matrices.byPeriod[p]!, context);
  }
  return { byPeriod };
}
