import { useParams } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { useScores } from '../../api/scores-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import type { MeshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedArriving } from '../../components/embed/embed-arriving';
import { EmbedFooter } from '../../components/embed/embed-footer';
import { PageHeading } from '../../components/ui/page-heading';
import { PageTitle } from '../../components/ui/page-title';
import type { Feed, Standard } from '../../domain/feed/feed-schema';
import { statusMixRows } from '../../domain/tables/standard-detail';
import { useEmbedBackLink } from '../../lib/embed/use-embed-back-link';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { useExportSource } from '../../lib/use-export-source';
import { StandardStatusMix } from './standard-status-mix';

/** A standard's adoption over time alone, for an iframe: the standard page's own frame. */
export function EmbedAdoptionPage() {
  const { id = '' } = useParams();
  const { feed, mesh } = useFeed();
  const standard = feed.standards.find((candidate) => candidate.id === id);
  if (!standard) {
    return (
      <>
        <PageHeading title="Standard not found" />
        <p>
          The data has no standard with the id <code>{id}</code>.
        </p>
      </>
    );
  }
  return <EmbedAdoption feed={feed} standard={standard} arriving={meshArriving(mesh)} />;
}

function EmbedAdoption({
  feed,
  standard,
  arriving,
}: {
  feed: Feed;
  standard: Standard;
  arriving: MeshArriving | null;
}) {
  const { weights, key } = useWeights(feed);
  const scores = useScores(feed, weights, key);
  const [period] = usePeriod(feed);
  const source = useExportSource(feed);
  const backHref = useEmbedBackLink();
  return (
    <>
      <PageTitle title={`Adoption, embedded: ${standard.name}`} />
      <h1 className="app-embed__context">{standard.name}</h1>
      <EmbedArriving arriving={arriving} />
      {period === null ? (
        <p>No data: the feed has no quarters to show.</p>
      ) : (
        <StandardStatusMix
          feed={feed}
          standardId={standard.id}
          rows={statusMixRows(feed, scores, standard.id, period)}
          period={period}
          name={standard.name}
        />
      )}
      <EmbedFooter source={source} backHref={backHref} />
    </>
  );
}
