import { useId } from 'react';

/** Kept as the empty string in the select; `null` to callers ("no filter"). */
const ALL = '';

/** A select that narrows a list: "All …" (null) or one option. */
export function FilterSelect({
  label,
  hint,
  allLabel,
  options,
  value,
  onChange,
  className = 'nhsuk-form-group',
}: {
  label: string;
  hint?: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
  className?: string;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <select
        aria-describedby={hint ? hintId : undefined}
        className="nhsuk-select"
        id={id}
        value={value ?? ALL}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value={ALL}>{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
