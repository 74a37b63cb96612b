import { ComparisonLabel } from '../../../components/ui/comparison-label';
import { ordinal } from '../../../domain/scoring/ranks';
import { rankText } from '../profile/profile-format';
import type { HeadlineProps } from '../profile/profile-format';
import { formatPercent, formatScore } from '../../../domain/format/format-number';

/** The four numbers a board asks first: score, rank, against the national figure, and how complete. */
export function ReportHeadline({
  headline,
  interval,
  regionName,
  peerCount,
  national,
}: HeadlineProps) {
  const rank = rankText(headline, interval, 'Not ranked');
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
          {peerCount === 0
            ? 'No peers to rank against'
            : headline.peerRank === null
              ? ''
              : `${ordinal(headline.peerRank)} of ${headline.peerRankedCount} with its peers`}
        </dd>
      </div>
      <div>
        <dt>
          Against {national} ({formatScore(headline.england)})
        </dt>
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
