import { ComparisonLabel } from '../../../components/ui/comparison-label';
import type { ProfileHeadline } from '../../../domain/profile/profile-headline';
import { formatRankInterval, ordinal } from '../../../domain/scoring/ranks';
import type { RankInterval } from '../../../domain/scoring/ranks';
import { formatPercent, formatScore } from '../../../domain/format/format-number';

/** The four numbers a board asks first: score, rank, against the national figure, and how complete. */
export function ReportHeadline({
  headline,
  interval,
  regionName,
  peerCount,
  national,
}: {
  headline: ProfileHeadline;
  interval: RankInterval | undefined;
  regionName: string;
  /** With no peers, a rank "with its peers" would be "1st of 1": say there are none instead. */
  peerCount: number;
  /** The national figure's name in a sentence ("England", "all systems"). */
  national: string;
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
