import { formatQuarter } from '../../domain/periods/quarter';
import type { RegionRow } from '../../domain/tables/standard-detail';
import { formatScore, formatShare } from './format';
import { ColumnHeader, RowHeader, TableCell } from './table-cell';

/** Each NHS England region's figures for the standard. */
export function StandardRegions({ rows, period }: { rows: readonly RegionRow[]; period: string }) {
  return (
    <section aria-labelledby="standard-regions">
      <h2 className="nhsuk-heading-m" id="standard-regions">
        Regions
      </h2>
      <table className="nhsuk-table nhsuk-table--responsive" role="table">
        {/* The section heading says what the table is; the caption names it for screen readers. */}
        <caption className="nhsuk-u-visually-hidden">
          The standard in each region, {formatQuarter(period)}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row" role="row">
            <ColumnHeader>Region</ColumnHeader>
            <ColumnHeader numeric>Score (population-weighted)</ColumnHeader>
            <ColumnHeader numeric>Systems live</ColumnHeader>
            <ColumnHeader numeric>Population covered</ColumnHeader>
            <ColumnHeader numeric>Systems reporting</ColumnHeader>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr className="nhsuk-table__row" role="row" key={row.code}>
              <RowHeader heading="Region">{row.name}</RowHeader>
              <TableCell heading="Score" numeric>
                {formatScore(row.meanScore)}
              </TableCell>
              <TableCell heading="Systems live" numeric>
                {formatShare(row.shareLive)}
              </TableCell>
              <TableCell heading="Population covered" numeric>
                {formatShare(row.populationCovered)}
              </TableCell>
              <TableCell heading="Systems reporting" numeric>
                {row.reporting}
              </TableCell>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
