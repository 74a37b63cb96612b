import { EmbedPage } from '../../components/embed/embed-page';
import { feedPlace } from '../../domain/feed/feed-place';
import { useUrlParam } from '../../lib/url-state/use-url-param';
import { NationalMap } from './national-map';
import { useNationalView } from './use-national-view';

/**
 * The national map alone, for an iframe: the National picture's own view and map, so the embed
 * and the page draw the same hexes and key; `metric=measure:<id>` draws the measure map.
 */
export function EmbedMapPage() {
  const national = useNationalView();
  const view = useUrlParam('view');
  const place = feedPlace(national.feed.metadata);
  const drawn = national.measureView !== null || national.model !== null;
  return (
    <EmbedPage
      title={`National picture, embedded: ${place.national}`}
      context={`National picture: ${place.national}`}
      arriving={national.arriving}
      source={national.source}
      noData="the feed has no quarters to show."
    >
      {drawn ? <NationalMap national={national} view={view} /> : null}
    </EmbedPage>
  );
}
