import { ADOPTION_STATUSES, STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import { SEGMENT_OUTLINE, STATUS_COLOURS } from './status-palette';

/** A text legend in the order of the statuses, so no colour ever has to be decoded alone. */
export function StatusLegend() {
  return (
    <ul className="app-status-legend">
      {ADOPTION_STATUSES.map((status) => (
        <li key={status} className="app-status-legend__item">
          <span
            className="app-status-legend__swatch"
            style={{ backgroundColor: STATUS_COLOURS[status], borderColor: SEGMENT_OUTLINE }}
          />
          {STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}
