import { TableScroll } from '../ui/table-scroll';

export interface RankMoveRow {
  code: string;
  name: string;
  publishedRank: number | null;
  rank: number | null;
  /** Places gained (positive) or lost (negative); null when either rank is missing. */
  moved: number | null;
}

function movedText(moved: number | null): string {
  if (moved === null) return 'Not ranked';
  if (moved === 0) return 'No change';
  return moved > 0 ? `Up ${moved}` : `Down ${-moved}`;
}

/** How ranks moved against the published weights, biggest moves first. */
export function RankMovesTable({
  rows,
  caption,
}: {
  rows: readonly RankMoveRow[];
  caption: string;
}) {
  return (
    <TableScroll label="How ranks moved">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">System</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Published rank
            </th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Rank with your weights
            </th>
            <th scope="col">Moved</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td className="nhsuk-table__cell--numeric">{row.publishedRank ?? '–'}</td>
              <td className="nhsuk-table__cell--numeric">{row.rank ?? '–'}</td>
              <td>
                <span aria-hidden="true">
                  {row.moved === null || row.moved === 0 ? '' : row.moved > 0 ? '▲ ' : '▼ '}
                </span>
                {movedText(row.moved)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
