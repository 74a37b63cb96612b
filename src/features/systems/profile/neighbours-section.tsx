import { fileSlug } from '../../../lib/file-name';
import { TableWithDownload } from '../../../components/table/table-with-download';
import { numberColumn } from '../../../components/table/value-columns';
import type { DataColumn } from '../../../components/table/data-table';
import { systemNameColumn } from '../../../components/table/name-columns';
import type { NeighbourRow } from '../../../domain/profile/neighbour-rows';
import { formatScore } from '../../../domain/format/format-number';

function platformText(row: NeighbourRow): string {
  if (row.missing !== null) return 'Not known';
  if (row.samePlatform === null) {
    return `Not known (${row.ownPlatform ?? 'not reported'} here, ${row.theirPlatform ?? 'not reported'} there)`;
  }
  return row.samePlatform
    ? `Same: ${row.ownPlatform ?? ''}`
    : `Different: ${row.ownPlatform ?? ''} here, ${row.theirPlatform ?? ''} there`;
}

const columns: DataColumn<NeighbourRow>[] = [
  systemNameColumn('Neighbour'),
  {
    ...numberColumn('score', 'Cross-border score', (row) => row.score, formatScore),
    // A side with no data says why ("Loading: …"), never a bare "No data" or a zero.
    cell: (row) =>
      row.missing === null ? (
        formatScore(row.score)
      ) : (
        <span className="app-muted">{row.missing}</span>
      ),
  },
  {
    ...numberColumn(
      'live',
      'Exchange standards live on both sides',
      (row) => row.liveOnBoth,
      String,
    ),
    // Shown as "n of m" and sorted by n.
    cell: (row) =>
      row.liveOnBoth === null ? 'Not known' : `${row.liveOnBoth} of ${row.exchangeStandards}`,
  },
  {
    key: 'platform',
    header: 'Shared care record platform',
    cell: platformText,
    sortValue: (row) => (row.samePlatform === null ? null : row.samePlatform ? 1 : 0),
    csv: platformText,
  },
];

/**
 * How many neighbours share the platform, counted only where both sides' data is in: a neighbour
 * whose product is loading or unavailable is neither the same nor different.
 */
function platformSentence(total: number, same: number, missing: number): string {
  const uses = same === 1 ? 'uses' : 'use';
  if (missing === 0) return `${same} of them ${uses} the same shared care record platform.`;
  if (missing === total) {
    return 'none of them can be compared: their rows say why.';
  }
  return `for ${missing} of them there is no data to compare (their rows say why); ${same} of the other ${total - missing} ${uses} the same shared care record platform.`;
}

/** Each bordering system: how well records can cross the border, and the platforms either side. */
export function NeighboursSection({
  rows,
  systemName,
}: {
  rows: readonly NeighbourRow[];
  systemName: string;
}) {
  const same = rows.filter((row) => row.samePlatform === true).length;
  const missing = rows.filter((row) => row.missing !== null).length;
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
            {systemName} borders {rows.length} {rows.length === 1 ? 'system' : 'systems'};{' '}
            {platformSentence(rows.length, same, missing)} The cross-border score is the share of
            the weight of the exchange standards (such as GP Connect, the National Record Locator
            and the transfers of care) that is live on both sides, from 0 to 100.
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
