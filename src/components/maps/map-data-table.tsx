import type { ReactNode } from 'react';
import { useState } from 'react';
import { AppLink } from '../ui/app-link';
import { ComparisonLabel } from '../ui/comparison-label';
import { ScoreValue } from '../ui/score-value';
import type { MapDatum } from '../../domain/charts/map-model';
import { formatRankInterval } from '../../domain/scoring/ranks';
import { formatChange } from '../../domain/format/format-number';
import { sortMapData } from '../../domain/charts/sort-map-data';
import type { SortColumn, SortDirection } from '../../domain/charts/sort-map-data';

function Cell({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    // The explicit role restores cell semantics that display: block removes in some browsers
    // (the NHS.UK responsive table pattern).
    // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
    <td role="cell" className="nhsuk-table__cell">
      <span className="nhsuk-table-responsive__heading" aria-hidden="true">
        {heading}{' '}
      </span>
      <span>{children}</span>
    </td>
  );
}

/** The map's values as a table, sortable by any column; ranked best first to begin with. */
export function MapDataTable({
  rows,
  caption,
  valueHeading,
  regionName,
}: {
  rows: readonly MapDatum[];
  caption: string;
  valueHeading: string;
  regionName: (code: string) => string;
}) {
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: 'value',
    direction: 'descending',
  });
  const sorted = sortMapData(rows, sort.column, sort.direction, regionName);
  const header = (column: SortColumn | null, label: string) => {
    if (column === null) {
      return (
        <th scope="col" role="columnheader" className="nhsuk-table__header">
          {label}
        </th>
      );
    }
    const current = sort.column === column;
    const flip = current && sort.direction === 'descending' ? 'ascending' : 'descending';
    return (
      <th
        scope="col"
        role="columnheader"
        className="nhsuk-table__header"
        aria-sort={current ? sort.direction : 'none'}
      >
        <button
          type="button"
          className="app-sort-button"
          onClick={() =>
            setSort({
              column,
              direction: current
                ? flip
                : column === 'name' || column === 'region'
                  ? 'ascending'
                  : 'descending',
            })
          }
        >
          {label}
        </button>
      </th>
    );
  };
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row" role="row">
          {header('name', 'System')}
          {header('value', valueHeading)}
          {header(null, 'Rank (90% interval)')}
          {header(null, 'Compared with England')}
          {header('change', 'Change over the year')}
          {header('region', 'Region')}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {sorted.map((row) => (
          <tr className="nhsuk-table__row" role="row" key={row.code}>
            <th scope="row" role="rowheader" className="nhsuk-table__header">
              <AppLink to={`/systems/${encodeURIComponent(row.code)}`}>{row.name}</AppLink>
            </th>
            <Cell heading={valueHeading}>
              <ScoreValue
                score={row.value}
                completeness={row.completeness}
                lowConfidence={row.lowConfidence && row.value !== null}
              />
            </Cell>
            <Cell heading="Rank (90% interval)">
              {row.interval ? formatRankInterval(row.interval) : (row.rank ?? '–')}
            </Cell>
            <Cell heading="Compared with England">
              <ComparisonLabel comparison={row.vsEngland} />
            </Cell>
            <Cell heading="Change over the year">{formatChange(row.changeOverYear)}</Cell>
            <Cell heading="Region">{regionName(row.regionCode)}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
