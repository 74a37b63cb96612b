import type { ComponentType, ReactNode } from 'react';
import { useParams } from 'react-router';
import { feedIndex } from '../../api/feed-index';
import { useFeed } from '../../api/feed-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import type { MeshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedPage } from '../../components/embed/embed-page';
import type { Feed, System } from '../../domain/feed/feed-schema';
import type { ProfileModel } from '../../domain/profile/profile-model';
import type { ExportSource } from '../../lib/export-source';
import { useExportSource } from '../../lib/use-export-source';
import { SystemNotFound } from './system-not-found';
import { useProfileModel } from './use-profile-model';
import './profile/profile.css';

export interface EmbedSystemProps {
  feed: Feed;
  system: System;
  arriving: MeshArriving | null;
}

/**
 * The system an embed's `:code` names, or "System not found" as on the profile. Keyed by code,
 * so another system's embed starts its own state afresh, as the profile does.
 */
export function EmbedSystem({ render }: { render: (props: EmbedSystemProps) => ReactNode }) {
  const { code = '' } = useParams();
  const { feed, mesh } = useFeed();
  const system = feedIndex(feed).systems.get(code);
  if (!system) return <SystemNotFound code={code} />;
  return <>{render({ feed, system, arriving: meshArriving(mesh) })}</>;
}

type ProfileSection = ComponentType<{ model: ProfileModel; source: ExportSource }>;

/** One of a profile's score frames alone, for an iframe: the profile's own model and section. */
export function EmbedProfileFrame({ what, Section }: { what: string; Section: ProfileSection }) {
  return (
    <EmbedSystem
      render={(props) => (
        <ProfileFrame key={props.system.code} {...props} what={what} Section={Section} />
      )}
    />
  );
}

function ProfileFrame({
  feed,
  system,
  arriving,
  what,
  Section,
}: EmbedSystemProps & { what: string; Section: ProfileSection }) {
  const { model } = useProfileModel(feed, system);
  const source = useExportSource(feed);
  return (
    <EmbedPage
      title={`${what}, embedded: ${system.name}`}
      context={system.name}
      arriving={arriving}
      source={source}
      noData={`there are no scores for ${system.shortName} in this quarter.`}
    >
      {model.headline ? <Section model={model} source={source} /> : null}
    </EmbedPage>
  );
}
