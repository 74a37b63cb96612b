import { fileSlug } from '../../lib/file-name';
import type { DataColumn } from '../../components/table/data-table';
import { systemNameColumn } from '../../components/table/name-columns';
import { TableWithDownload } from '../../components/table/table-with-download';
import { numberColumn } from '../../components/table/value-columns';
import { FALLING_BEHIND_QUARTERS } from '../../domain/divides/falling-behind';
import type { FallingBehind } from '../../domain/divides/falling-behind';
import { formatPeriod } from '../../domain/periods/period';
import { fixed, fixedTo } from './divides-format';
import { HeadedSection } from '../../components/ui/headed-section';

interface Row extends FallingBehind {
  name: string;
}

const gap = (r: Row, at: number) => r.gaps.at(at)?.gap;

const columns: DataColumn<Row>[] = [
  systemNameColumn(),
  numberColumn('value', 'Score now', (r) => r.value, fixedTo(1)),
  {
    key: 'gapThen',
    header: 'Gap to median then',
    numeric: true,
    cell: (r) => `${fixed(gap(r, 0), 1)} (${formatPeriod(r.gaps[0]?.period ?? '')})`,
    sortValue: (r) => gap(r, 0) ?? null,
  },
  numberColumn('gapNow', 'Gap to median now', (r) => gap(r, -1), fixedTo(1)),
  numberColumn('growth', 'Gap grew by', (r) => r.growth, fixedTo(1)),
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
    <HeadedSection id="divides-falling" title="Systems falling behind">
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
        <TableWithDownload
          caption={`Systems falling behind on ${what}, ${formatPeriod(period)}`}
          captionSize="s"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.code}
          initialSort={{ key: 'growth', direction: 'desc' }}
          fileName={fileSlug('falling-behind', what, period)}
        />
      )}
    </HeadedSection>
  );
}
