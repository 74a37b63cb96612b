import { SummaryList } from '../../components/ui/summary-list';
import { describeSpreadChange } from '../../domain/charts/national-summary-model';
import type { SpreadChange } from '../../domain/charts/national-summary-model';
import { formatQuarter } from '../../domain/periods/quarter';
import type { AggregateScore } from '../../domain/scoring/score-feed';
import type { Trend } from '../../domain/scoring/trend';
import { formatChange, formatFixed, formatScore } from '../../domain/format/format-number';
import { useFeedPlace } from '../../api/use-feed-place';
import { HeadedSection } from '../../components/ui/headed-section';

/** The national readiness, its change over the year, and the spread across systems. */
export function NationalSummary({
  national,
  trend,
  period,
  spread,
  below,
  threshold,
}: {
  national: AggregateScore;
  trend: Trend;
  period: string;
  spread: SpreadChange;
  below: number;
  threshold: number;
}) {
  const place = useFeedPlace();
  return (
    <HeadedSection id="national-summary" title={`${place.national}, ${formatQuarter(period)}`}>
      <SummaryList
        rows={[
          {
            key: 'Readiness (population-weighted)',
            value: `${formatScore(national.populationWeighted)} out of 100`,
          },
          {
            key: 'Change over the last year',
            value: `${formatChange(trend.changeOverYear)}${trend.word ? `: ${trend.word}` : ''}`,
          },
          {
            key: 'Gap between the top and bottom quarter of systems',
            value: `${spread.now === null ? 'No data' : `${formatFixed(spread.now, 1)} points`} (${describeSpreadChange(spread.change)})`,
          },
          {
            key: 'Spread across systems',
            value: `median ${formatScore(national.median)}; middle half from ${formatScore(national.q1)} to ${formatScore(national.q3)}; range ${formatScore(national.min)} to ${formatScore(national.max)}`,
          },
          {
            key: `Systems below ${threshold}`,
            value: `${below} of ${national.count}`,
          },
        ]}
      />
    </HeadedSection>
  );
}
