import { EmbedPage } from '../../components/embed/embed-page';
import { feedPlace } from '../../domain/feed/feed-place';
import { NationalRegions } from './national-map';
import { useNationalView } from './use-national-view';

/** Readiness by region alone, for an iframe: the National picture's own frame and rows. */
export function EmbedRegionsPage() {
  const national = useNationalView();
  const place = feedPlace(national.feed.metadata);
  return (
    <EmbedPage
      title={`Readiness by ${place.region}, embedded: ${place.national}`}
      context={`National picture: ${place.national}`}
      arriving={national.arriving}
      source={national.source}
      noData="the feed has no quarters to show."
    >
      {national.model ? <NationalRegions national={national} /> : null}
    </EmbedPage>
  );
}
