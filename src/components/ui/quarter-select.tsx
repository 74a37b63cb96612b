import { useId } from 'react';
import { formatQuarter } from '../../domain/periods/quarter';

/** Choose the quarter a page shows: a plain select, for pages that need no play-through. */
export function QuarterSelect({
  periods,
  period,
  onChange,
}: {
  periods: readonly string[];
  period: string;
  onChange: (period: string) => void;
}) {
  const id = useId();
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        Quarter
      </label>
      <select
        className="nhsuk-select"
        id={id}
        value={period}
        onChange={(event) => onChange(event.target.value)}
      >
        {periods.map((item) => (
          <option key={item} value={item}>
            {formatQuarter(item)}
          </option>
        ))}
      </select>
    </div>
  );
}
