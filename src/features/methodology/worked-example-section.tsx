import { useId } from 'react';
import { STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import { rankSystems } from '../../domain/scoring/ranks';
import type { FeedScores } from '../../domain/scoring/score-feed';
import type { Weights } from '../../domain/scoring/weights';
import { workedExample } from '../../domain/tables/worked-example';
import { formatFixed, formatPercent } from '../../domain/format/format-number';
import { WorkedCategoryTable } from './worked-category-table';
import { useUrlParam, useUrlWriter } from '../../lib/url-state/use-url-param';

/** Picks the system in the middle of the ranking unless the reader chose one (`?example=`). */
function middleSystem(ranks: Record<string, number>): string | undefined {
  const ordered = Object.entries(ranks).sort((a, b) => a[1] - b[1]);
  return ordered[Math.floor(ordered.length / 2)]?.[0];
}

export function WorkedExampleSection({
  feed,
  weights,
  scores,
  period,
}: {
  feed: Feed;
  weights: Weights;
  scores: FeedScores;
  period: string;
}) {
  const selectId = useId();
  const chosen = useUrlParam('example');
  const write = useUrlWriter();
  const periodScores = scores.byPeriod[period];
  if (!periodScores || periodScores.systems.length === 0) return null;
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const code =
    chosen && names.has(chosen) ? chosen : (middleSystem(rankSystems(periodScores.systems)) ?? '');
  const system = periodScores.systems.find((candidate) => candidate.code === code);
  if (!system) return null;
  const example = workedExample(feed, weights, system, period);
  const name = names.get(code) ?? code;
  return (
    <section aria-labelledby="worked-example">
      <h2 className="nhsuk-heading-l" id="worked-example">
        Worked example: {name}, {formatQuarter(period)}
      </h2>
      <p>
        Computed now from the loaded data with the weights in force, by the same code that scores
        every page.
      </p>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={selectId}>
          Show the worked example for
        </label>
        <select
          className="nhsuk-select"
          id={selectId}
          value={code}
          onChange={(event) => write({ example: event.target.value }, { replace: true })}
        >
          {periodScores.systems.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {names.get(candidate.code) ?? candidate.code}
            </option>
          ))}
        </select>
      </div>
      <h3 className="nhsuk-heading-m">1. Each standard’s score, then each category’s</h3>
      {example.categories.map((category) => (
        <WorkedCategoryTable key={category.id} category={category} statusLabels={STATUS_LABELS} />
      ))}
      <h3 className="nhsuk-heading-m">2. Overall readiness</h3>
      <WorkedCategoryTable overall example={example} statusLabels={STATUS_LABELS} />
      <p className="nhsuk-body-l">
        {name}’s readiness is{' '}
        <strong>{example.overall === null ? 'not known' : formatFixed(example.overall, 1)}</strong>{' '}
        out of 100, from {formatPercent(example.completeness)} of the weight reported
        {example.lowConfidence ? ', so it is marked low confidence' : ''}.
      </p>
    </section>
  );
}
