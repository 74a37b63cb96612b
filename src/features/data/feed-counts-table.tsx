import type { FeedCounts, FeedTable } from '../../domain/feed/parse-feed';

const TABLE_LABELS: Record<FeedTable, string> = {
  regions: 'Regions',
  systems: 'Systems',
  crosswalk: 'Crosswalk',
  adjacency: 'Borders',
  categories: 'Categories',
  standards: 'Standards',
  periods: 'Periods',
  observations: 'Observations',
  technology: 'Technology',
};

/** Per-table counts, so a reader can see that accepted + rejected = read. */
export function FeedCountsTable({ counts }: { counts: FeedCounts }) {
  const tables = Object.keys(TABLE_LABELS) as FeedTable[];
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        Rows per table of the feed
      </caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Table</th>
          <th scope="col" className="nhsuk-table__header--numeric">
            Read
          </th>
          <th scope="col" className="nhsuk-table__header--numeric">
            Accepted
          </th>
          <th scope="col" className="nhsuk-table__header--numeric">
            Rejected
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {tables.map((table) => (
          <tr key={table}>
            <th scope="row">{TABLE_LABELS[table]}</th>
            <td className="nhsuk-table__cell--numeric">{counts[table].read}</td>
            <td className="nhsuk-table__cell--numeric">{counts[table].accepted}</td>
            <td className="nhsuk-table__cell--numeric">{counts[table].rejected}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
