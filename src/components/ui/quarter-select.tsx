import { useId } from 'react';
import type { ReactNode } from 'react';
import { formatQuarter } from '../../domain/periods/quarter';
import { usePendingChoice } from './use-pending-choice';

/**
 * Choose the quarter a page shows. `children` (previous, next, play) sit on the select's row;
 * `after` goes under it (a hint about those controls).
 */
export function QuarterSelect({
  periods,
  period,
  onChange,
  className = 'nhsuk-form-group',
  children,
  after,
}: {
  periods: readonly string[];
  period: string;
  onChange: (period: string) => void;
  className?: string;
  children?: ReactNode;
  after?: ReactNode;
}) {
  const id = useId();
  const [shown, choose] = usePendingChoice(period);
  const select = (
    <select
      className="nhsuk-select"
      id={id}
      value={shown}
      onChange={(event) => {
        choose(event.target.value);
        onChange(event.target.value);
      }}
    >
      {periods.map((item) => (
        <option key={item} value={item}>
          {formatQuarter(item)}
        </option>
      ))}
    </select>
  );
  return (
    <div className={className}>
      <label className="nhsuk-label" htmlFor={id}>
        Quarter
      </label>
      {children ? (
        <div className="app-control__row">
          {select}
          {children}
        </div>
      ) : (
        select
      )}
      {after}
    </div>
  );
}
