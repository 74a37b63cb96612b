import { useActiveFeedSource } from '../../api/active-feed-source';
import { useFeedStatus } from '../../api/feed-query';
import { isDefaultSource } from '../../api/feed-source';
import { useFeedPlace } from '../../api/use-feed-place';
import { ExternalLink } from '../../components/ui/external-link';
import { API_BASE } from './endpoints';

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/**
 * The licence of the API's files. They are built from the data published with the dashboard, so
 * the loaded feed's licence is theirs only when the reader has the published data loaded; with
 * another feed loaded the page says where the API's own licence is written instead of guessing.
 */
export function ApiLicence() {
  const source = useActiveFeedSource();
  const metadata = useFeedStatus().data?.feed.metadata;
  const { attributions } = useFeedPlace();
  const published = isDefaultSource(source, window.location.href);
  return (
    <>
      {published && metadata ? (
        <>
          <p>
            The figures are published under the{' '}
            {metadata.licence.url ? (
              <ExternalLink href={metadata.licence.url}>{metadata.licence.name}</ExternalLink>
            ) : (
              metadata.licence.name
            )}{' '}
            by {metadata.publisher}.
            {metadata.illustrative
              ? ' The adoption figures in this version are illustrative (synthetic), and every file says so.'
              : null}
          </p>
          {/* Attributions are feed text, shown as text. */}
          {attributions.map((text) => (
            <p className="nhsuk-body-s" key={text}>
              {text}
            </p>
          ))}
        </>
      ) : (
        <p>
          The licence of the figures, their publisher and whether they are illustrative are given in
          the API&apos;s index (<a href={`${API_BASE}/index.json`}>{API_BASE}/index.json</a>)
          {published
            ? '.'
            : ': the API holds the data published with this dashboard, not the feed you have loaded.'}
        </p>
      )}
      <p>
        The reference data (system boundaries, names and codes, populations and deprivation) is
        public sector information licensed under the{' '}
        <ExternalLink href={OGL_URL}>Open Government Licence v3.0</ExternalLink>.
      </p>
    </>
  );
}
