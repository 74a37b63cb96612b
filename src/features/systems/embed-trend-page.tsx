import { useParams } from 'react-router';
import { feedIndex } from '../../api/feed-index';
import { useFeed } from '../../api/feed-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import type { MeshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedArriving } from '../../components/embed/embed-arriving';
import { EmbedFooter } from '../../components/embed/embed-footer';
import { PageTitle } from '../../components/ui/page-title';
import type { Feed, System } from '../../domain/feed/feed-schema';
import { useEmbedBackLink } from '../../lib/embed/use-embed-back-link';
import { useExportSource } from '../../lib/use-export-source';
import { TrendSection } from './profile/trend-section';
import { SystemNotFound } from './system-not-found';
import { useProfileModel } from './use-profile-model';
import './profile/profile.css';

/** A system's readiness over time alone, for an iframe: the profile's own model and frame. */
export function EmbedTrendPage() {
  const { code = '' } = useParams();
  const { feed, mesh } = useFeed();
  const system = feedIndex(feed).systems.get(code);
  if (!system) return <SystemNotFound code={code} />;
  return <EmbedTrend key={system.code} feed={feed} system={system} arriving={meshArriving(mesh)} />;
}

function EmbedTrend({
  feed,
  system,
  arriving,
}: {
  feed: Feed;
  system: System;
  arriving: MeshArriving | null;
}) {
  const { model } = useProfileModel(feed, system);
  const source = useExportSource(feed);
  const backHref = useEmbedBackLink();
  return (
    <>
      <PageTitle title={`Readiness over time, embedded: ${system.name}`} />
      <h1 className="app-embed__context">{system.name}</h1>
      <EmbedArriving arriving={arriving} />
      {model.headline ? (
        <TrendSection model={model} source={source} />
      ) : (
        <p>No data: there are no scores for {system.shortName} in this quarter.</p>
      )}
      <EmbedFooter source={source} backHref={backHref} />
    </>
  );
}
