import type { DataColumn } from '../../components/table/data-table';
import { TableWithDownload } from '../../components/table/table-with-download';
import type { AdoptionStatus } from '../../domain/feed/feed-schema';
import type {
  WorkedCategory,
  WorkedExample,
  WorkedStandard,
} from '../../domain/tables/worked-example';
import { fileSlug } from '../../lib/file-name';
import {
  csvNumber,
  csvPercent,
  formatFixed,
  formatPercent,
} from '../../domain/format/format-number';

type Props =
  | { overall?: false; category: WorkedCategory; statusLabels: Record<AdoptionStatus, string> }
  | { overall: true; example: WorkedExample; statusLabels: Record<AdoptionStatus, string> };

/** The method shows its working to one decimal, in the table and its CSV alike. */
function score(value: number | null): string {
  return value === null ? 'Not reported' : formatFixed(value, 1);
}

/** Both tables' Score column. No sort values: the rows keep the method's order. */
function scoreColumn<Row extends { score: number | null }>(): DataColumn<Row> {
  return {
    key: 'score',
    header: 'Score',
    numeric: true,
    cell: (row) => score(row.score),
    csv: (row) => csvNumber(row.score, 1),
  };
}

const categoryColumns: DataColumn<WorkedCategory>[] = [
  { key: 'name', header: 'Category', rowHeader: true, cell: (row) => row.name },
  scoreColumn(),
  { key: 'weight', header: 'Weight', numeric: true, cell: (row) => row.weight },
  {
    key: 'reported',
    header: 'Reported',
    numeric: true,
    cell: (row) => formatPercent(row.completeness),
    csv: (row) => csvPercent(row.completeness),
  },
];

function standardColumns(
  statusLabels: Record<AdoptionStatus, string>,
): DataColumn<WorkedStandard>[] {
  return [
    { key: 'name', header: 'Standard', rowHeader: true, cell: (row) => row.name },
    {
      key: 'status',
      header: 'Status',
      cell: (row) => (row.status ? statusLabels[row.status] : 'Not reported'),
    },
    {
      key: 'coverage',
      header: 'Coverage',
      numeric: true,
      cell: (row) => (row.coverage === null ? '–' : formatPercent(row.coverage)),
      csv: (row) => csvPercent(row.coverage),
    },
    scoreColumn(),
    {
      key: 'weight',
      header: 'Weight',
      numeric: true,
      cell: (row) => (row.weight === 0 ? 'Off' : row.weight),
      csv: (row) => row.weight,
    },
  ];
}

/** One step of the worked example as a table: the inputs, then the weighted mean they give. */
export function WorkedCategoryTable(props: Props) {
  if (props.overall) {
    const { example } = props;
    return (
      <TableWithDownload
        caption="Category scores and weights"
        columns={categoryColumns}
        rows={example.categories}
        rowKey={(row) => row.id}
        fileName={fileSlug('worked-example', example.code, example.period, 'categories')}
      />
    );
  }
  const { category, statusLabels } = props;
  return (
    <TableWithDownload
      caption={`${category.name}: score ${score(category.score)} (${formatPercent(category.completeness)} of its weight reported)`}
      columns={standardColumns(statusLabels)}
      rows={category.standards}
      rowKey={(row) => row.id}
      fileName={fileSlug('worked-example', category.id)}
    />
  );
}
