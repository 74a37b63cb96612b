import type { DataColumn } from '../../../components/table/data-table';
import { AppLink } from '../../../components/ui/app-link';
import { formatPercent } from '../../../domain/format/format-number';
import { WORST_FIRST } from '../../../domain/mesh/product-outcome';
import type { BoardRow } from '../../../domain/mesh/status-board';
import { MONTH_NAMES } from '../../../domain/periods/month';
import { freshnessShort, freshnessText } from './freshness-text';
import { ProductStateTag, stateLabel } from './product-state-tag';

/** "15 Oct 2026": the board is wide, and the product's page gives the full date. */
function shortDate(iso: string): string {
  const month = MONTH_NAMES[Number(iso.slice(5, 7)) - 1]?.slice(0, 3) ?? iso.slice(5, 7);
  return `${Number(iso.slice(8, 10))} ${month} ${iso.slice(0, 4)}`;
}

const count = (
  key: string,
  header: string,
  value: (row: BoardRow) => number | null,
): DataColumn<BoardRow> => ({
  key,
  header,
  numeric: true,
  cell: (row) => value(row) ?? '–',
  sortValue: value,
});

/** The status board's columns; every one sorts, and the CSV carries plain values. */
export const productColumns: DataColumn<BoardRow>[] = [
  {
    key: 'product',
    header: 'Data product',
    rowHeader: true,
    cell: (row) => (
      <>
        <AppLink to={`/data/products/${encodeURIComponent(row.report.id)}`}>
          {row.systems.join(', ') || row.report.id}
        </AppLink>
        <span className="app-product-id">{row.report.id}</span>
      </>
    ),
    sortValue: (row) => row.systems.join(', ') || row.report.id,
    csv: (row) => row.report.id,
  },
  {
    key: 'domain',
    header: 'Domain',
    cell: (row) => row.report.domain.join(', ') || 'None',
    sortValue: (row) => row.report.domain.join(', '),
  },
  {
    key: 'owner',
    header: 'Owner',
    cell: (row) => row.report.owner,
    sortValue: (row) => row.report.owner,
  },
  {
    key: 'state',
    header: 'State',
    cell: (row) => <ProductStateTag state={row.report.state} />,
    sortValue: (row) => WORST_FIRST.indexOf(row.report.state),
    csv: (row) => stateLabel(row.report.state),
  },
  {
    key: 'lifecycle',
    header: 'Status',
    cell: (row) => row.report.descriptor?.status ?? 'Not read',
    sortValue: (row) => row.report.descriptor?.status ?? null,
  },
  {
    key: 'contract',
    header: 'Contract',
    cell: (row) => row.report.contractVersion ?? 'Not read',
    sortValue: (row) => row.report.contractVersion,
  },
  {
    key: 'version',
    header: 'Version',
    cell: (row) => row.report.descriptor?.version ?? 'Not read',
    sortValue: (row) => row.report.descriptor?.version ?? null,
  },
  {
    key: 'published',
    header: 'Last published',
    cell: (row) => (row.report.publishedAt ? shortDate(row.report.publishedAt) : 'Not read'),
    sortValue: (row) => row.report.publishedAt,
  },
  {
    key: 'freshness',
    header: 'Freshness',
    cell: (row) => freshnessShort(row.report.freshness),
    sortValue: (row) =>
      row.report.freshness?.state === 'on-time' ? 0 : (row.report.freshness?.days ?? null),
    csv: (row) => freshnessText(row.report.freshness),
  },
  count('read', 'Rows read', (row) => row.rows?.read ?? null),
  count('accepted', 'Accepted', (row) => row.rows?.accepted ?? null),
  count('rejected', 'Rejected', (row) => row.rows?.rejected ?? null),
  {
    key: 'complete',
    header: 'Complete',
    numeric: true,
    cell: (row) =>
      row.completeness?.share == null ? 'Cannot be judged' : formatPercent(row.completeness.share),
    sortValue: (row) => row.completeness?.share ?? null,
  },
  count('passed', 'Checks passed', (row) => row.tally.passed),
  count('failed', 'Checks failed', (row) => row.tally.failed),
];
