import { memo, useId } from 'react';

export interface LinkedMeasure {
  measure: string;
  standard: string;
}

/**
 * "Include measured use": off by default, so scores are the self-reported ones. The hint says
 * which standards it would change; with no linked measure there is nothing to include, and the
 * box is not offered.
 */
export const MeasuredUseToggle = memo(function MeasuredUseToggle({
  linked,
  on,
  onChange,
}: {
  linked: readonly LinkedMeasure[];
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  if (linked.length === 0) {
    return (
      <p>
        The feed has no measures of use linked to a standard, so there is no measured use to include
        in the scores.
      </p>
    );
  }
  const standards = [...new Set(linked.map((l) => l.standard))].join(', ');
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={on}
            aria-describedby={`${id}-hint`}
            onChange={(event) => onChange(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
            Include measured use
          </label>
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${id}-hint`}>
            Blends published measures of use into the self-reported scores of the standards they are
            linked to ({standards}), half and half. Off, scores are exactly as reported.
          </div>
        </div>
      </div>
    </div>
  );
});
