import { useId } from 'react';

/**
 * A labelled search box, half the width of a filters row. It is uncontrolled: it holds what is
 * typed and the caller's URL follows it, so a slow URL update can never move the caret or drop a
 * keystroke. A new `box.key` remounts the input showing `box.initial` (after "Clear").
 */
export function SearchBox({
  label,
  hint,
  box,
  onChange,
}: {
  label: string;
  hint?: string;
  box: { key: number; initial: string };
  onChange: (query: string) => void;
}) {
  const ids = { search: useId(), hint: useId() };
  return (
    <div className="nhsuk-grid-column-one-half nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={ids.search}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={ids.hint}>
          {hint}
        </div>
      ) : null}
      <input
        key={box.key}
        className="nhsuk-input"
        id={ids.search}
        type="search"
        spellCheck={false}
        autoComplete="off"
        aria-describedby={hint ? ids.hint : undefined}
        defaultValue={box.initial}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
