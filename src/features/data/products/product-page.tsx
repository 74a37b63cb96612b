import { useParams } from 'react-router';
import { odpsUrlOf } from '../../../domain/mesh/odps-product';
import { productUrl } from '../../../domain/mesh/product-url';
import { AppLink } from '../../../components/ui/app-link';
import { ExternalLink } from '../../../components/ui/external-link';
import { LoadingStatus } from '../../../components/ui/loading-status';
import { PageHeading } from '../../../components/ui/page-heading';
import { SummaryList } from '../../../components/ui/summary-list';
import { RejectedRowsTable } from '../rejected-rows-table';
import { ChangeHistory } from './change-history';
import { freshnessText } from './freshness-text';
import { ProductStateTag } from './product-state-tag';
import { QualityChecksTable } from './quality-checks-table';
import { useStatusBoard } from './use-status-board';

/** One data product: its descriptor, each quality check, every rejected row and its history. */
export function ProductPage() {
  const { id = '' } = useParams();
  const { data, progress, board, feedPending } = useStatusBoard();
  // Replaced, not moved, when the data on screen becomes known: the shell's notices about it
  // arrive then, above this message (layout shift, issue 15).
  if (feedPending) return <LoadingStatus key="feed" label="Loading data…" />;
  if (!board || !data) {
    const label = progress
      ? `${progress.settled} of ${progress.total} data products loaded`
      : 'Loading the data products…';
    return <LoadingStatus label={label} />;
  }
  const row = board.rows.find((candidate) => candidate.report.id === id);
  if (!row) {
    return (
      <>
        <PageHeading
          title="No such data product"
          lead={`The catalogue lists no data product called “${id}”.`}
        />
        <p>
          <AppLink to="/data/products">See every data product</AppLink>
        </p>
      </>
    );
  }
  const { report } = row;
  const descriptor = report.descriptor;
  const address = productUrl(data.catalogueUrl, report.url);
  // A product publishes its ODPS descriptor beside its JSON (docs/data-mesh.md).
  const odps = odpsUrlOf(report.url);
  return (
    <>
      <PageHeading
        title={report.id}
        caption="Data product"
        lead={`Owned by ${report.owner}. Domain: ${row.systems.join(', ') || 'none'}.`}
      />
      <p>
        <ProductStateTag state={report.state} />
      </p>
      <SummaryList
        rows={[
          {
            key: 'Owner',
            value: descriptor
              ? `${descriptor.owner.team} (${descriptor.owner.contact})`
              : report.owner,
          },
          { key: 'Domain', value: report.domain.join(', ') || 'None' },
          { key: 'Status', value: descriptor?.status ?? 'Not read' },
          { key: 'Product version', value: descriptor?.version ?? 'Not read' },
          { key: 'Contract version', value: report.contractVersion ?? 'Not read' },
          {
            key: 'Service level',
            value: descriptor
              ? `Quarterly, due ${descriptor.sla.latencyDays} days after each quarter ends`
              : 'Not read',
          },
          { key: 'Freshness', value: freshnessText(report.freshness) },
          { key: 'Address', value: <ExternalLink href={address}>{report.url}</ExternalLink> },
          ...(odps
            ? [
                {
                  key: 'Descriptor (ODPS)',
                  value: (
                    <ExternalLink href={productUrl(data.catalogueUrl, odps)}>{odps}</ExternalLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      <QualityChecksTable checks={row.checks} />
      <h2 className="nhsuk-heading-m">Rejected rows and warnings</h2>
      {report.counts ? (
        <RejectedRowsTable issues={report.issues} />
      ) : (
        <p>Cannot be judged: {report.reasons[0] ?? 'the product could not be read'}.</p>
      )}
      <ChangeHistory changes={descriptor?.changes ?? null} />
      <p>
        <AppLink to="/data/products">Back to every data product</AppLink>
      </p>
    </>
  );
}
