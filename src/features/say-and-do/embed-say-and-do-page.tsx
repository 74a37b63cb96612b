import { useParams } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import { EmbedPage } from '../../components/embed/embed-page';
import { PageHeading } from '../../components/ui/page-heading';
import { linkedMeasures } from '../../domain/say-and-do/say-and-do';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useExportSource } from '../../lib/use-export-source';
import { SayAndDoSection, sayAndDoFrameId } from './say-and-do-section';

/**
 * One measure's say-and-do scatter alone, for an iframe: the Say and do page's own section, so
 * "cannot be judged" and "no dots to draw" read as they do there. `:measure` is the frame id's
 * end, which the snippet was made from.
 */
export function EmbedSayAndDoPage() {
  const { measure: slug = '' } = useParams();
  const { feed, mesh } = useFeed();
  const [period] = usePeriod(feed);
  const source = useExportSource(feed);
  const measure = linkedMeasures(feed).find(
    (candidate) => sayAndDoFrameId(candidate) === `say-and-do-${slug}`,
  );
  if (!measure) {
    return (
      <>
        <PageHeading title="Measure not found" />
        <p>
          The data has no measure of use linked to a standard with the id <code>{slug}</code>.
        </p>
      </>
    );
  }
  return (
    <EmbedPage
      title={`Say and do, embedded: ${measure.name}`}
      context="Say and do"
      arriving={meshArriving(mesh)}
      source={source}
      noData="the feed has no quarters to show."
    >
      {period ? <SayAndDoSection feed={feed} measure={measure} period={period} /> : null}
    </EmbedPage>
  );
}
