import { useFeed } from '../../api/feed-query';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { AppLink } from '../../components/ui/app-link';
import { ExternalLink } from '../../components/ui/external-link';
import { PageHeading } from '../../components/ui/page-heading';
import { SummaryList } from '../../components/ui/summary-list';
import { feedWarnings } from '../../domain/feed/feed-warnings';
import { BulkDownloads } from './bulk-downloads';
import { FeedCountsTable } from './feed-counts-table';
import { FreshnessValue } from './freshness-value';
import { LoadFeedFile } from './load-feed-file';
import { QualityReport } from './quality-report';
import { ScoreDownloads } from './score-downloads';

export function DataPage() {
  const loaded = useFeed();
  const { feed, counts, issues, sourceRows, url } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const { metadata } = feed;
  // The one place the clock is read for this page; the domain gets it passed in.
  const now = new Date();
  const allIssues = [...issues, ...feedWarnings(feed, now, sourceRows)];
  return (
    <>
      <PageHeading
        title="Data"
        lead="Where the numbers come from, how fresh they are, and every row the dashboard could not use."
      />
      <h2 className="nhsuk-heading-m">About this feed</h2>
      <SummaryList
        rows={[
          { key: 'Title', value: metadata.title },
          { key: 'Publisher', value: metadata.publisher },
          {
            key: 'Generated',
            value: <FreshnessValue generatedAt={metadata.generatedAt} now={now} />,
          },
          {
            key: 'Licence',
            value: metadata.licence.url ? (
              <ExternalLink href={metadata.licence.url}>{metadata.licence.name}</ExternalLink>
            ) : (
              metadata.licence.name
            ),
          },
          {
            key: 'Illustrative',
            value: metadata.illustrative ? 'Yes: the adoption figures are synthetic' : 'No',
          },
          { key: 'Schema version', value: metadata.schemaVersion },
          { key: 'Source', value: <code>{url}</code> },
        ]}
      />
      {metadata.sourceNotes.length > 0 ? (
        <>
          <h3 className="nhsuk-heading-s">Source notes</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {metadata.sourceNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        The feed’s format is published as a{' '}
        <a href="/schema/feed-v1.schema.json">JSON Schema (feed version 1)</a>. Publishers can check
        a feed before publishing it with <code>npm run feed:check -- feed.json</code>.
      </p>
      <h2 className="nhsuk-heading-m">Data products</h2>
      <p>
        In the data mesh each system publishes its own data product under the same contract, listed
        in a <a href="/data/mesh/catalogue.json">catalogue</a> (
        <a href="/schema/catalogue-v1.schema.json">its JSON Schema</a>).{' '}
        <AppLink to="/data/products">See the health of every data product</AppLink>: who owns it,
        whether it is on time and which rows it had rejected.
      </p>
      <h2 className="nhsuk-heading-m">Download all scores</h2>
      <ScoreDownloads feed={feed} unavailable={unavailable} />
      <h2 className="nhsuk-heading-m">Download all data</h2>
      <BulkDownloads />
      <h2 className="nhsuk-heading-m">Rows read, accepted and rejected</h2>
      <FeedCountsTable counts={counts} />
      <h2 className="nhsuk-heading-m">Data quality</h2>
      <QualityReport issues={allIssues} generatedAt={metadata.generatedAt} />
      <h2 className="nhsuk-heading-m">Check another feed</h2>
      <LoadFeedFile />
    </>
  );
}
