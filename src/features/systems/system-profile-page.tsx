import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { SystemNotFound } from './system-not-found';
import { groupMissingWord, loadingText, unavailableText } from '../../domain/mesh/no-data-text';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { ProductUnavailableNotice } from './profile/product-unavailable-notice';
import { feedIndex } from '../../api/feed-index';
import { useFeed } from '../../api/feed-query';
import { borderScores } from '../../domain/divides/border-scores';
import type { Feed, System } from '../../domain/feed/feed-schema';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { neighbourRows } from '../../domain/profile/neighbour-rows';
import { useExportSource } from '../../lib/use-export-source';
import { CategorySection } from './profile/category-section';
import { GapsSection } from './profile/gaps-section';
import { NeighboursSection } from './profile/neighbours-section';
import { PeerPanelSection } from './profile/peer-panel-section';
import { ProfileHeader } from './profile/profile-header';
import { ProfileHeadlineSection } from './profile/profile-headline-section';
import { SpineSection } from './profile/spine-section';
import { TechnologySection } from './profile/technology-section';
import { TrendSection } from './profile/trend-section';
import { MeasuredUseSection } from './profile/measured-use-section';
import { useProfileModel } from './use-profile-model';
import { useRankGaps } from './use-rank-gaps';
import './profile/profile.css';

export function SystemProfilePage() {
  const { code = '' } = useParams();
  const loaded = useFeed();
  const { feed } = loaded;
  const source = loaded.mesh?.merged.sources.get(code);
  const noData = useUnavailableSystems(loaded);
  const system = feedIndex(feed).systems.get(code);
  if (!system) return <SystemNotFound code={code} />;
  const notice =
    source?.kind === 'unavailable' || source?.kind === 'pending' ? (
      <ProductUnavailableNotice
        text={
          source.kind === 'pending'
            ? loadingText(source.product)
            : unavailableText(source.product, source.reason)
        }
        loading={source.kind === 'pending'}
        productId={source.product}
        systemName={system.shortName}
      />
    ) : null;
  // Keyed by code so moving to a neighbour's profile starts its own state afresh.
  return (
    <SystemProfile key={system.code} feed={feed} system={system} notice={notice} noData={noData} />
  );
}

function SystemProfile({
  feed,
  system,
  notice,
  noData,
}: {
  feed: Feed;
  system: System;
  /** What the reader must know first, under the heading (an unavailable data product). */
  notice: ReactNode;
  /** For a mesh, each system whose product gave no data and the words to show. */
  noData: ReadonlyMap<string, string>;
}) {
  const { weightsState, setPeriod, shown, peers, intervals, model } = useProfileModel(feed, system);
  const { weights, key } = weightsState;
  const source = useExportSource(feed);
  // Keyed by the weighting's text: the weights object can be new on any URL change.
  const neighbours = useMemo(
    () =>
      neighbourRows(
        borderScores(feed, shown, weights),
        systemsInPeriod(feed.geography.systems, shown),
        system.code,
        noData,
      ),
    // `weights` is named by `key`; depending on the object would recompute on every tab click.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [feed, shown, key, system.code, noData],
  );
  const rankGaps = useRankGaps(feed, system.code, shown, model.peers, noData);
  const missing = useMemo(() => {
    const region = feed.geography.systems
      .filter((other) => other.regionCode === system.regionCode)
      .map((other) => other.code);
    return {
      own: noData.get(system.code) ?? null,
      region: groupMissingWord(region, noData),
      peers: groupMissingWord(model.peers, noData),
    };
  }, [feed, system, model.peers, noData]);
  return (
    <>
      <ProfileHeader feed={feed} model={model} onPeriodChange={setPeriod} notice={notice} />
      {model.headline ? (
        <>
          <ProfileHeadlineSection
            headline={model.headline}
            interval={intervals[system.code]}
            regionName={model.regionName}
            peerCount={model.peers.length}
            national={model.place.nationalInText}
            missing={missing}
            rankGaps={rankGaps}
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
          medianMissing={missing.peers}
        />
      ) : null}
      <NeighboursSection rows={neighbours} systemName={system.shortName} />
      <MeasuredUseSection feed={feed} system={system} national={model.place.national} />
      <TechnologySection
        rows={model.technology}
        systemName={system.shortName}
        illustrative={feed.metadata.illustrative}
      />
    </>
  );
}
