import { useFeed } from '../../api/feed-query';
import { PageHeading } from '../../components/ui/page-heading';

export function MethodologyPage() {
  const { feed } = useFeed();
  const totalWeight = feed.categories.reduce((sum, category) => sum + category.defaultWeight, 0);
  return (
    <>
      <PageHeading
        title="Methodology"
        lead="How the dashboard turns reported adoption of national standards into a readiness picture, in plain English."
      />
      <h2 className="nhsuk-heading-m">Categories and their published weights</h2>
      <p>
        Standards are grouped into {feed.categories.length} categories. Each category’s weight says
        how much it counts towards overall readiness; the weights below are the feed’s published
        defaults.
      </p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Categories, their standards and default weights
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Standards
            </th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Weight
            </th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Share of total
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {feed.categories.map((category) => (
            <tr key={category.id}>
              <th scope="row">{category.name}</th>
              <td className="nhsuk-table__cell--numeric">
                {feed.standards.filter((standard) => standard.categoryId === category.id).length}
              </td>
              <td className="nhsuk-table__cell--numeric">{category.defaultWeight}</td>
              <td className="nhsuk-table__cell--numeric">
                {totalWeight > 0
                  ? `${Math.round((100 * category.defaultWeight) / totalWeight)}%`
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
