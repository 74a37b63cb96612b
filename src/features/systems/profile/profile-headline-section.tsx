import { ComparisonLabel } from '../../../components/ui/comparison-label';
import { ScoreValue } from '../../../components/ui/score-value';
import { SummaryList } from '../../../components/ui/summary-list';
import type { Comparison } from '../../../domain/scoring/compare';
import { ordinal } from '../../../domain/scoring/ranks';
import { rankGapSentence, rankText } from './profile-format';
import type { HeadlineProps } from './profile-format';
import { formatPercent } from '../../../domain/format/format-number';
import { formatScore } from '../../../domain/format/format-number';

function Compared({
  comparison,
  reference,
  value,
  missing = 'No data',
}: {
  comparison: Comparison | null;
  reference: string;
  value: number | null;
  missing?: string;
}) {
  return (
    <>
      <ComparisonLabel comparison={comparison} />{' '}
      <span className="app-muted">
        ({reference} {formatScore(value, missing)})
      </span>
    </>
  );
}

/** Readiness, completeness, ranks, and Higher / Similar / Lower than England, region and peers. */
export function ProfileHeadlineSection({
  headline,
  interval,
  regionName,
  peerCount,
  national,
  missing,
  rankGaps,
}: HeadlineProps) {
  const rank = rankText(headline, interval, 'No rank: nothing reported');
  const peerRank =
    headline.peerRank === null
      ? 'No rank'
      : `${ordinal(headline.peerRank)} of ${headline.peerRankedCount} (this system and its peers)`;
  const gaps = rankGapSentence(rankGaps);
  return (
    <section aria-labelledby="profile-headline">
      <h2 className="nhsuk-heading-m" id="profile-headline">
        Headline
      </h2>
      <SummaryList
        rows={[
          {
            key: 'Readiness',
            value: (
              <ScoreValue
                score={headline.overall}
                completeness={headline.completeness}
                lowConfidence={headline.lowConfidence}
                missing={missing?.own}
              />
            ),
          },
          { key: 'Reported', value: `${formatPercent(headline.completeness)} of the weight` },
          { key: 'Rank among all systems', value: rank },
          { key: 'Rank among peers', value: peerCount > 0 ? peerRank : 'No peers chosen' },
          {
            key: `Compared with ${national}`,
            value: (
              <Compared
                comparison={headline.vsEngland}
                reference={national}
                value={headline.england}
              />
            ),
          },
          {
            key: `Compared with ${regionName}`,
            value: (
              <Compared
                comparison={headline.vsRegion}
                reference="region"
                value={headline.region}
                {...(missing ? { missing: missing.region } : {})}
              />
            ),
          },
          {
            key: 'Compared with peers',
            value: (
              <Compared
                comparison={headline.vsPeers}
                reference="peer median"
                value={headline.peerMedian}
                {...(missing ? { missing: missing.peers } : {})}
              />
            ),
          },
        ]}
      />
      {gaps ? <p className="nhsuk-body-s">{gaps}</p> : null}
      <p className="nhsuk-body-s">
        Higher or lower means more than 5 points apart; a rank in brackets is the range of ranks
        under plausible changes to the weights.
      </p>
    </section>
  );
}
