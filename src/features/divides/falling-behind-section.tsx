import { fileSlug } from '../../lib/file-name';
import { tableCsv } from '../../components/table/table-csv';
import { DownloadCsvButton } from '../../components/frame/download-csv-button';
import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { AppLink } from '../../components/ui/app-link';
import { FALLING_BEHIND_QUARTERS } from '../../domain/divides/falling-behind';
import type { FallingBehind } from '../../domain/divides/falling-behind';
import { formatPeriod } from '../../domain/periods/period';
import { fixed } from './divides-format';

interface Row extends FallingBehind {
  name: string;
}

const columns: DataColumn<Row>[] = [
  {
    key: 'name',
    header: 'System',
    rowHeader: true,
    cell: (r) => <AppLink to={`/systems/${encodeURIComponent(r.code)}`}>{r.name}</AppLink>,
    sortValue: (r) => r.name,
  },
  {
    key: 'value',
    header: 'Score now',
    numeric: true,
    cell: (r) => fixed(r.value, 1),
    sortValue: (r) => r.value,
  },
  {
    key: 'gapThen',
    header: 'Gap to median then',
    numeric: true,
    cell: (r) => `${fixed(r.gaps[0]?.gap, 1)} (${formatPeriod(r.gaps[0]?.period ?? '')})`,
    sortValue: (r) => r.gaps[0]?.gap ?? null,
  },
  {
    key: 'gapNow',
    header: 'Gap to median now',
    numeric: true,
    cell: (r) => fixed(r.gaps.at(-1)?.gap, 1),
    sortValue: (r) => r.gaps.at(-1)?.gap ?? null,
  },
  {
    key: 'growth',
    header: 'Gap grew by',
    numeric: true,
    cell: (r) => fixed(r.growth, 1),
    sortValue: (r) => r.growth,
  },
];

/** Systems in the bottom quarter whose gap to the national median has grown quarter after quarter. */
export function FallingBehindSection({
  rows,
  what,
  period,
}: {
  rows: readonly Row[];
  what: string;
  period: string;
}) {
  return (
    <section aria-labelledby="divides-falling">
      <h2 className="nhsuk-heading-m" id="divides-falling">
        Systems falling behind
      </h2>
      <p className="nhsuk-body">
        Systems in the bottom quarter on {what} in {formatPeriod(period)} whose gap below the
        national median grew in each of the last {FALLING_BEHIND_QUARTERS} quarters.
      </p>
      {rows.length === 0 ? (
        <div className="nhsuk-inset-text">
          <p>
            No system meets that test on {what} in {formatPeriod(period)}.
          </p>
        </div>
      ) : (
        <>
          <DataTable
            caption={`Systems falling behind on ${what}, ${formatPeriod(period)}`}
            captionSize="s"
            columns={columns}
            rows={rows}
            rowKey={(r) => r.code}
            initialSort={{ key: 'growth', direction: 'desc' }}
          />
          <DownloadCsvButton
            csv={tableCsv(columns, rows)}
            fileName={fileSlug('falling-behind', what, period)}
          />
        </>
      )}
    </section>
  );
}
