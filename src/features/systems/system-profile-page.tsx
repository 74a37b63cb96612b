import { useMemo } from 'react';
import { useParams } from 'react-router';
import { SystemNotFound } from './system-not-found';
import { useFeed } from '../../api/feed-query';
import { useRankIntervals, useScores } from '../../api/scores-query';
import { borderScores } from '../../domain/divides/border-scores';
import type { Feed, System } from '../../domain/feed/feed-schema';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { neighbourRows } from '../../domain/profile/neighbour-rows';
import { buildProfileModel } from '../../domain/profile/profile-model';
import { profilePeriod } from '../../domain/profile/profile-period';
import { useExportSource } from '../../lib/use-export-source';
import { usePeers } from '../../lib/use-peers';
import { usePeriod } from '../../lib/use-view-params';
import { useWeights } from '../../lib/use-weights';
import { CategorySection } from './profile/category-section';
import { GapsSection } from './profile/gaps-section';
import { NeighboursSection } from './profile/neighbours-section';
import { PeerPanelSection } from './profile/peer-panel-section';
import { ProfileHeader } from './profile/profile-header';
import { ProfileHeadlineSection } from './profile/profile-headline-section';
import { SpineSection } from './profile/spine-section';
import { TechnologySection } from './profile/technology-section';
import { TrendSection } from './profile/trend-section';
import './profile/profile.css';

export function SystemProfilePage() {
  const { code = '' } = useParams();
  const { feed } = useFeed();
  const system = feed.geography.systems.find((candidate) => candidate.code === code);
  if (!system) return <SystemNotFound code={code} />;
  // Keyed by code so moving to a neighbour's profile starts its own state afresh.
  return <SystemProfile key={system.code} feed={feed} system={system} />;
}

function SystemProfile({ feed, system }: { feed: Feed; system: System }) {
  const { weights, key } = useWeights(feed);
  const [requested, setPeriod] = usePeriod(feed);
  const scores = useScores(feed, weights, key);
  const asked = requested ?? feed.periods.at(-1) ?? '';
  const shown = profilePeriod(system, feed.periods, asked).period ?? asked;
  const peers = usePeers(feed, system.code, shown);
  const intervals = useRankIntervals(feed, weights, key, shown);
  const source = useExportSource(feed);
  const model = useMemo(
    () => buildProfileModel({ feed, scores, code: system.code, period: asked, peers: peers.peers }),
    [feed, scores, system.code, asked, peers.peers],
  );
  const neighbours = useMemo(
    () =>
      neighbourRows(
        borderScores(feed, shown, weights),
        systemsInPeriod(feed.geography.systems, shown),
        system.code,
      ),
    [feed, shown, weights, system.code],
  );
  return (
    <>
      <ProfileHeader feed={feed} model={model} onPeriodChange={setPeriod} />
      {model.headline ? (
        <>
          <ProfileHeadlineSection
            headline={model.headline}
            interval={intervals[system.code]}
            regionName={model.regionName}
            peerCount={model.peers.length}
          />
          <p>
            <a href="#profile-peers">See or change the peer group</a>
          </p>
          <CategorySection model={model} source={source} />
          <SpineSection model={model} source={source} />
          <TrendSection model={model} source={source} />
          <GapsSection model={model} />
        </>
      ) : (
        <p>There are no scores for {system.shortName} in this quarter.</p>
      )}
      {model.peerPanel ? (
        <PeerPanelSection
          panel={model.peerPanel}
          peers={peers}
          systemName={system.shortName}
          peerMedian={model.headline?.peerMedian ?? null}
        />
      ) : null}
      <NeighboursSection rows={neighbours} systemName={system.shortName} />
      <TechnologySection
        rows={model.technology}
        systemName={system.shortName}
        illustrative={feed.metadata.illustrative}
      />
    </>
  );
}
