import type { DataColumn } from '../../../components/table/data-table';
import { AppLink } from '../../../components/ui/app-link';
import { formatPercent } from '../../../domain/format/format-number';
import type { BoardRow } from '../../../domain/mesh/status-board';
import { formatIsoDate } from '../../../lib/format-date';
import { freshnessText } from './freshness-text';
import { ProductStateTag, stateLabel } from './product-state-tag';

const STATE_ORDER = [
  'failed',
  'incompatible',
  'unreachable',
  'missed',
  'late',
  'rejected-rows',
  'pending',
  'ok',
];

/** The status board's columns; every one sorts, and the CSV carries plain values. */
export const productColumns: DataColumn<BoardRow>[] = [
  {
    key: 'product',
    header: 'Data product',
    rowHeader: true,
    cell: (row) => (
      <AppLink to={`/data/products/${encodeURIComponent(row.report.id)}`}>{row.report.id}</AppLink>
    ),
    sortValue: (row) => row.report.id,
  },
  {
    key: 'domain',
    header: 'Domain',
    cell: (row) => row.systems.join(', ') || 'None',
    sortValue: (row) => row.systems.join(', '),
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
    sortValue: (row) => STATE_ORDER.indexOf(row.report.state),
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
    cell: (row) => (row.report.publishedAt ? formatIsoDate(row.report.publishedAt) : 'Not read'),
    sortValue: (row) => row.report.publishedAt,
  },
  {
    key: 'freshness',
    header: 'Freshness',
    cell: (row) => freshnessText(row.report.freshness),
    sortValue: (row) =>
      row.report.freshness?.state === 'on-time' ? 0 : (row.report.freshness?.days ?? null),
    csv: (row) => freshnessText(row.report.freshness),
  },
  {
    key: 'read',
    header: 'Rows read',
    numeric: true,
    cell: (row) => row.rows?.read ?? '–',
    sortValue: (row) => row.rows?.read ?? null,
  },
  {
    key: 'accepted',
    header: 'Accepted',
    numeric: true,
    cell: (row) => row.rows?.accepted ?? '–',
    sortValue: (row) => row.rows?.accepted ?? null,
  },
  {
    key: 'rejected',
    header: 'Rejected',
    numeric: true,
    cell: (row) => row.rows?.rejected ?? '–',
    sortValue: (row) => row.rows?.rejected ?? null,
  },
  {
    key: 'complete',
    header: 'Complete (latest quarter)',
    numeric: true,
    cell: (row) =>
      row.completeness?.share == null ? 'Cannot be judged' : formatPercent(row.completeness.share),
    sortValue: (row) => row.completeness?.share ?? null,
  },
  {
    key: 'passed',
    header: 'Checks passed',
    numeric: true,
    cell: (row) => row.tally.passed,
    sortValue: (row) => row.tally.passed,
  },
  {
    key: 'failed',
    header: 'Checks failed',
    numeric: true,
    cell: (row) => row.tally.failed,
    sortValue: (row) => row.tally.failed,
  },
];
