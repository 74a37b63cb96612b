import { useId } from 'react';
import { formatPeriod } from '../../domain/periods/period';

/**
 * A measure's own periods (months for a monthly measure), not the feed's quarters: a native
 * select, so it works by keyboard and names each period in words. Latest last, as published.
 */
export function MeasurePeriodControl({
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
    <div className="app-control">
      <label className="nhsuk-label" htmlFor={id}>
        Period of the measure
      </label>
      <select
        className="nhsuk-select"
        id={id}
        value={period}
        onChange={(event) => onChange(event.target.value)}
      >
        {periods.map((p) => (
          <option key={p} value={p}>
            {formatPeriod(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
