import { useParams } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { useScores } from '../../api/scores-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import type { MeshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedPage } from '../../components/embed/embed-page';
import { PageHeading } from '../../components/ui/page-heading';
import type { Feed, Standard } from '../../domain/feed/feed-schema';
import { statusMixRows } from '../../domain/tables/standard-detail';
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
  return (
    <EmbedPage
      title={`Adoption, embedded: ${standard.name}`}
      context={standard.name}
      arriving={arriving}
      source={source}
      noData="the feed has no quarters to show."
    >
      {period === null ? null : (
        <StandardStatusMix
          feed={feed}
          standardId={standard.id}
          rows={statusMixRows(feed, scores, standard.id, period)}
          period={period}
          name={standard.name}
        />
      )}
    </EmbedPage>
  );
}
