import { useParams } from 'react-router';
import { SystemNotFound } from '../system-not-found';
import { feedIndex } from '../../../api/feed-index';
import { useFeed } from '../../../api/feed-query';
import { AppLink } from '../../../components/ui/app-link';
import { PageHeading } from '../../../components/ui/page-heading';
import type { Feed, System } from '../../../domain/feed/feed-schema';
import { formatQuarter } from '../../../domain/periods/quarter';
import { formatIsoDate } from '../../../lib/format-date';
import { ReportCaveats } from './report-caveats';
import { ReportCharts } from './report-charts';
import { ReportGaps } from './report-gaps';
import { ReportHeadline } from './report-headline';
import { ReportPeers } from './report-peers';
import { useProfileModel } from '../use-profile-model';
import { useRankGaps } from '../use-rank-gaps';
import { rankGapSentence } from '../profile/profile-format';
import { useUnavailableSystems } from '../../../api/mesh/use-unavailable-systems';
import './board-report.css';
import { peerBasis, peerChoiceText } from '../../../domain/peers/peer-basis';
import { systemsInPeriod } from '../../../domain/geography/system-validity';

/**
 * A system's one-page board report: the profile's headline figures, category chart, biggest gaps
 * and strengths, trend and peer comparison, with the data date and caveats, laid out for A4.
 */
export function BoardReportPage() {
  const { code = '' } = useParams();
  const loaded = useFeed();
  const { feed } = loaded;
  const noData = useUnavailableSystems(loaded);
  const system = feedIndex(feed).systems.get(code);
  if (!system) return <SystemNotFound code={code} />;
  return <BoardReport key={system.code} feed={feed} system={system} noData={noData} />;
}

function BoardReport({
  feed,
  system,
  noData,
}: {
  feed: Feed;
  system: System;
  /** For a mesh, each system whose product gave no data and the words to show. */
  noData: ReadonlyMap<string, string>;
}) {
  const { weightsState, scores, shown, intervals, model, peers } = useProfileModel(feed, system);
  const rankGaps = useRankGaps(feed, system.code, shown, model.peers, noData);
  const period = model.period ?? shown;
  const peerText = peerChoiceText({
    count: model.peers.length,
    isDefault: peers.isDefault,
    basis: peerBasis(systemsInPeriod(feed.geography.systems, period)),
  });
  return (
    <article className="app-board-report">
      <PageHeading title={`Board report: ${system.shortName}`} caption={model.regionName} />
      <p className="app-board-report__meta">
        Interoperability readiness of {system.name}, {formatQuarter(period)}. Data of{' '}
        {formatIsoDate(feed.metadata.generatedAt)}.{' '}
        <span data-print-hide="">
          <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>
            Back to the full profile
          </AppLink>
        </span>
      </p>
      {model.headline ? (
        <>
          <ReportHeadline
            headline={model.headline}
            interval={intervals[system.code]}
            regionName={model.regionName}
            peerCount={model.peers.length}
            national={model.place.nationalInText}
          />
          <ReportCharts model={model} />
          <ReportGaps
            gaps={model.gaps}
            strengths={model.strengths}
            national={model.place.nationalInText}
          />
        </>
      ) : (
        <p>
          There are no scores for {system.shortName} in {formatQuarter(period)}.
        </p>
      )}
      <div className="app-board-report__columns">
        {model.headline ? <ReportPeers feed={feed} scores={scores} model={model} /> : null}
        <ReportCaveats
          feed={feed}
          model={model}
          customWeights={weightsState.isCustom}
          peerText={peerText}
          rankGaps={model.headline ? rankGapSentence(rankGaps) : null}
        />
      </div>
    </article>
  );
}
