import { Link, useLocation } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { PageHeading } from '../../components/ui/page-heading';
import { nationalSeries } from '../../domain/scoring/series';
import { trendOf } from '../../domain/scoring/trend';
import { readinessRows } from '../../domain/tables/readiness-rows';
import { formatQuarter } from '../../domain/periods/quarter';
import { useWeights } from '../../lib/use-weights';
import { NationalSummary } from './national-summary';
import { ReadinessTable } from './readiness-table';

export function NationalPage() {
  const { feed } = useFeed();
  const { weights, key } = useWeights(feed);
  const { search } = useLocation();
  const latest = feed.periods.at(-1) ?? '';
  const scores = useScores(feed, weights, key);
  const intervals = useRankIntervals(feed, weights, key, latest);
  const period = scores.byPeriod[latest];
  const rows = readinessRows(feed, scores, latest, intervals);
  const trend = trendOf(nationalSeries(scores));
  return (
    <>
      <PageHeading
        title="National picture"
        caption="England"
        lead="How far England's Integrated Care Systems have adopted the national interoperability standards, and where the gaps are."
      />
      {period ? (
        <>
          <NationalSummary national={period.national} trend={trend} period={latest} />
          <p>
            Readiness is scored from 0 to 100 from each system’s reported adoption of{' '}
            {feed.standards.length} national standards.{' '}
            <Link to={{ pathname: '/methodology', search, hash: '#weights' }}>
              See how, and change the weights
            </Link>
            .
          </p>
          <ReadinessTable
            rows={rows}
            caption={`Readiness of ${rows.length} systems, ${formatQuarter(latest)}`}
          />
        </>
      ) : (
        <p>The feed has no quarters to show.</p>
      )}
    </>
  );
}
