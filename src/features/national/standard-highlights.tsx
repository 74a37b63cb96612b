import { AppLink } from '../../components/ui/app-link';
import type { StandardRow } from '../../domain/tables/standard-rows';
import { formatChange, formatScore } from '../../domain/format/format-number';

/** The five standards furthest behind nationally, and the five that moved most over the year. */
export function StandardHighlights({
  lowest,
  moved,
}: {
  lowest: readonly StandardRow[];
  moved: readonly StandardRow[];
}) {
  return (
    <div className="nhsuk-grid-row">
      <section className="nhsuk-grid-column-one-half" aria-labelledby="lowest-standards">
        <h2 className="nhsuk-heading-s" id="lowest-standards">
          Standards furthest behind nationally
        </h2>
        <ol className="nhsuk-list nhsuk-list--number">
          {lowest.map((row) => (
            <li key={row.id}>
              <AppLink to={`/standards/${encodeURIComponent(row.id)}`}>{row.name}</AppLink>:{' '}
              {row.meanScore === null ? 'no data' : `${formatScore(row.meanScore)} of 100`}
            </li>
          ))}
        </ol>
      </section>
      <section className="nhsuk-grid-column-one-half" aria-labelledby="moved-standards">
        <h2 className="nhsuk-heading-s" id="moved-standards">
          Standards that moved most over the year
        </h2>
        <ol className="nhsuk-list nhsuk-list--number">
          {moved.map((row) => (
            <li key={row.id}>
              <AppLink to={`/standards/${encodeURIComponent(row.id)}`}>{row.name}</AppLink>:{' '}
              {formatChange(row.changeOverYear)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
