import { TableScroll } from '../../components/ui/table-scroll';
import type { AdoptionStatus } from '../../domain/feed/feed-schema';
import type { WorkedCategory, WorkedExample } from '../../domain/tables/worked-example';
import { formatPercent } from '../../lib/format-number';

type Props =
  | { overall?: false; category: WorkedCategory; statusLabels: Record<AdoptionStatus, string> }
  | { overall: true; example: WorkedExample; statusLabels: Record<AdoptionStatus, string> };

function score(value: number | null): string {
  return value === null ? 'Not reported' : value.toFixed(1);
}

/** One step of the worked example as a table: the inputs, then the weighted mean they give. */
export function WorkedCategoryTable(props: Props) {
  if (props.overall) {
    const { example } = props;
    return (
      <TableScroll label="Overall readiness from category scores">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">Category scores and weights</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Score
              </th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Weight
              </th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Reported
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {example.categories.map((category) => (
              <tr key={category.id}>
                <th scope="row">{category.name}</th>
                <td className="nhsuk-table__cell--numeric">{score(category.score)}</td>
                <td className="nhsuk-table__cell--numeric">{category.weight}</td>
                <td className="nhsuk-table__cell--numeric">
                  {formatPercent(category.completeness)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    );
  }
  const { category, statusLabels } = props;
  return (
    <TableScroll label={`${category.name}: worked example`}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">
          {category.name}: score {score(category.score)} ({formatPercent(category.completeness)} of
          its weight reported)
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Standard</th>
            <th scope="col">Status</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Coverage
            </th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Score
            </th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Weight
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {category.standards.map((standard) => (
            <tr key={standard.id}>
              <th scope="row">{standard.name}</th>
              <td>{standard.status ? statusLabels[standard.status] : 'Not reported'}</td>
              <td className="nhsuk-table__cell--numeric">
                {standard.coverage === null ? '–' : formatPercent(standard.coverage)}
              </td>
              <td className="nhsuk-table__cell--numeric">{score(standard.score)}</td>
              <td className="nhsuk-table__cell--numeric">
                {standard.weight === 0 ? 'Off' : standard.weight}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
