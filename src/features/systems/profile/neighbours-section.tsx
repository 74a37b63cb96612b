import { fileSlug } from '../../../lib/file-name';
import { TableWithDownload } from '../../../components/table/table-with-download';
import { numberColumn } from '../../../components/table/value-columns';
import type { DataColumn } from '../../../components/table/data-table';
import { systemNameColumn } from '../../../components/table/name-columns';
import type { NeighbourRow } from '../../../domain/profile/neighbour-rows';
import { formatScore } from '../../../domain/format/format-number';

function platformText(row: NeighbourRow): string {
  if (row.samePlatform === null) {
    return `Not known (${row.ownPlatform ?? 'not reported'} here, ${row.theirPlatform ?? 'not reported'} there)`;
  }
  return row.samePlatform
    ? `Same: ${row.ownPlatform ?? ''}`
    : `Different: ${row.ownPlatform ?? ''} here, ${row.theirPlatform ?? ''} there`;
}

const columns: DataColumn<NeighbourRow>[] = [
  systemNameColumn('Neighbour'),
  numberColumn('score', 'Cross-border score', (row) => row.score, formatScore),
  {
    ...numberColumn(
      'live',
      'Exchange standards live on both sides',
      (row) => row.liveOnBoth,
      String,
    ),
    // Shown as "n of m" and sorted by n.
    cell: (row) => `${row.liveOnBoth} of ${row.exchangeStandards}`,
  },
  {
    key: 'platform',
    header: 'Shared care record platform',
    cell: platformText,
    sortValue: (row) => (row.samePlatform === null ? null : row.samePlatform ? 1 : 0),
    csv: platformText,
  },
];

/** Each bordering system: how well records can cross the border, and the platforms either side. */
export function NeighboursSection({
  rows,
  systemName,
}: {
  rows: readonly NeighbourRow[];
  systemName: string;
}) {
  const same = rows.filter((row) => row.samePlatform === true).length;
  return (
    <section aria-labelledby="profile-neighbours">
      <h2 className="nhsuk-heading-m" id="profile-neighbours">
        Neighbours
      </h2>
      {rows.length === 0 ? (
        <p>The data lists no system that shares a border with this one in this quarter.</p>
      ) : (
        <>
          <p>
            {systemName} borders {rows.length} {rows.length === 1 ? 'system' : 'systems'}; {same} of
            them {same === 1 ? 'uses' : 'use'} the same shared care record platform. The
            cross-border score is the share of the weight of the exchange standards (such as GP
            Connect, the National Record Locator and the transfers of care) that is live on both
            sides, from 0 to 100.
          </p>
          <TableWithDownload
            caption={`Systems bordering ${systemName}`}
            captionSize="s"
            columns={columns}
            rows={rows}
            rowKey={(row) => row.code}
            fileName={fileSlug('neighbours', systemName)}
          />
        </>
      )}
    </section>
  );
}
