import { ExternalLink } from '../../components/ui/external-link';
import type { Measure } from '../../domain/feed/feed-schema';
import { statisticsStatusText } from '../../domain/say-and-do/measured-text';

/** Where a measure comes from and how much weight it bears, as the publisher states it. */
export function MeasureSource({ measure }: { measure: Measure }) {
  return (
    <dl className="nhsuk-summary-list app-say-do__source">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Measured use</dt>
        <dd className="nhsuk-summary-list__value">
          {measure.name} ({measure.unit})
        </dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Source</dt>
        <dd className="nhsuk-summary-list__value">
          <ExternalLink href={measure.sourceUrl}>{measure.publisher}</ExternalLink>,{' '}
          {measure.licence.name}
        </dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Status</dt>
        <dd className="nhsuk-summary-list__value">
          {statisticsStatusText(measure.statisticsStatus)}
        </dd>
      </div>
    </dl>
  );
}
