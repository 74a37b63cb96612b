import type { Measure } from '../../domain/feed/feed-schema';
import { statisticsStatusLabel } from '../../domain/measures/measure-format';
import type { MeasureGeography } from '../../domain/measures/measure-geography';

/** Who publishes a measure, its statistics status and the geography the map shows, beside the map. */
export function MeasureSource({
  measure,
  geography,
  systems,
}: {
  measure: Measure;
  geography: MeasureGeography;
  systems: number;
}) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>Source:</strong> {measure.publisher},{' '}
        <a href={measure.sourceUrl} rel="noreferrer">
          the publication page
        </a>{' '}
        ({measure.licence.name}). <strong>Status:</strong>{' '}
        {statisticsStatusLabel(measure.statisticsStatus)}.
      </p>
      <p>
        Shown on the geography in force in this period: {systems} systems, boundaries from{' '}
        {geography.since}.
      </p>
    </div>
  );
}
