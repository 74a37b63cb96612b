import { ComparisonLabel } from '../../../components/ui/comparison-label';
import type { ProfileHeadline } from '../../../domain/profile/profile-headline';
import { formatRankInterval, ordinal } from '../../../domain/scoring/ranks';
import type { RankInterval } from '../../../domain/scoring/ranks';
import { formatPercent, formatScore } from '../../../domain/format/format-number';

/** The four numbers a board asks first: score, rank, against England, and how complete. */
export function ReportHeadline({
  headline,
  interval,
  regionName,
}: {
  headline: ProfileHeadline;
  interval: RankInterval | undefined;
  regionName: string;
}) {
  const rank =
    headline.rank === null
      ? 'Not ranked'
      : `${interval ? formatRankInterval(interval) : ordinal(headline.rank)} of ${headline.rankedCount}`;
  return (
    <dl className="app-board-report__headline">
      <div>
        <dt>Readiness</dt>
        <dd>
          <span className="app-board-report__big">{formatScore(headline.overall)}</span> of 100
        </dd>
      </div>
      <div>
        <dt>Rank (90% interval)</dt>
        <dd>
          {rank}
          <br />
          {headline.peerRank === null
            ? ''
            : `${ordinal(headline.peerRank)} of ${headline.peerRankedCount} with its peers`}
        </dd>
      </div>
      <div>
        <dt>Against England ({formatScore(headline.england)})</dt>
        <dd>
          <ComparisonLabel comparison={headline.vsEngland} />
          <br />
          {regionName} {formatScore(headline.region)}; peer median{' '}
          {formatScore(headline.peerMedian)}
        </dd>
      </div>
      <div>
        <dt>Completeness</dt>
        <dd>
          {formatPercent(headline.completeness)} reported
          {headline.lowConfidence ? ' (low confidence)' : ''}
        </dd>
      </div>
    </dl>
  );
}
