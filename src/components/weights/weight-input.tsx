import { memo, useId, useState } from 'react';

/**
 * A number box for one weight. It keeps what is being typed (an empty box, "1." ...) and only
 * reports a value once it is a valid weight from 0 to 100.
 */
export const WeightInput = memo(function WeightInput({
  label,
  value,
  published,
  onCommit,
}: {
  label: string;
  value: number;
  published: number;
  onCommit: (value: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  // When the weight changes from outside (Reset, a link), show it, unless the box already says it
  // ("1.0" and 1 agree). Adjusting state while rendering avoids an effect's extra render.
  if (shown !== value) {
    setShown(value);
    if (draft === '' || Number(draft) !== value) setDraft(String(value));
  }
  const changed = value !== published;
  return (
    <div className="app-weight-input">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
        {changed ? <span className="app-changed"> (published: {published})</span> : null}
      </label>
      <input
        className="nhsuk-input nhsuk-input--width-4"
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={100}
        step="any"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isFinite(next) && next >= 0 && next <= 100) {
            onCommit(next);
          }
        }}
      />
    </div>
  );
});
