import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { addToSelection, MAX_COMPARED } from '../../domain/compare/compare-selection';
import type { System } from '../../domain/feed/feed-schema';
import { DEFAULT_PEER_COUNT } from '../../domain/peers/peer-groups';

const NONE = '';

function refusal(reason: 'full' | 'already-chosen' | 'none-chosen', name: string): string {
  if (reason === 'full') {
    return `You can compare at most ${MAX_COMPARED} systems. Remove one before adding ${name}.`;
  }
  if (reason === 'already-chosen') return `${name} is already being compared.`;
  return 'Choose a system to add.';
}

/**
 * Add one system at a time, or load a system with its peer group. A ninth system is refused
 * with a message rather than silently dropping another: the reader decides which one goes.
 */
export function SystemPicker({
  systems,
  chosen,
  onChange,
  onLoadPeers,
}: {
  /** The quarter's systems, in the order to offer them. */
  systems: readonly System[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  onLoadPeers: (code: string) => void;
}) {
  const nameOf = (code: string) => systems.find((s) => s.code === code)?.shortName ?? code;
  const options = (exclude: readonly string[]) =>
    systems
      .filter((system) => !exclude.includes(system.code))
      .map((system) => (
        <option key={system.code} value={system.code}>
          {system.shortName}
        </option>
      ));
  return (
    <div className="nhsuk-grid-row">
      <PickerForm
        label="Add a system"
        hint={`Up to ${MAX_COMPARED} systems, shown in the order you add them.`}
        button="Add"
        options={options(chosen)}
        onSubmit={(code) => {
          const result = addToSelection(chosen, code);
          if (!result.ok) return refusal(result.reason, nameOf(code));
          onChange(result.codes);
          return null;
        }}
      />
      <PickerForm
        label="Or compare a system with its peers"
        hint={`The system and the ${DEFAULT_PEER_COUNT} most like it in population, density and deprivation, in place of the systems chosen.`}
        button="Load its peer group"
        options={options([])}
        onSubmit={(code) => {
          if (code === NONE) return 'Choose a system whose peer group to load.';
          onLoadPeers(code);
          return null;
        }}
      />
    </div>
  );
}

/** A labelled select and a button; `onSubmit` returns an error message, or null when done. */
function PickerForm({
  label,
  hint,
  button,
  options,
  onSubmit,
}: {
  label: string;
  hint: string;
  button: string;
  options: ReactNode;
  onSubmit: (code: string) => string | null;
}) {
  const ids = { select: useId(), hint: useId(), error: useId() };
  const [code, setCode] = useState(NONE);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onSubmit(code);
    setError(problem);
    if (problem === null) setCode(NONE);
  };
  return (
    <form className="nhsuk-grid-column-one-half" onSubmit={submit} noValidate>
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor={ids.select}>
          {label}
        </label>
        <div className="nhsuk-hint" id={ids.hint}>
          {hint}
        </div>
        {error ? (
          <span className="nhsuk-error-message" id={ids.error} role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <div className="app-control__row">
          <select
            className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
            id={ids.select}
            value={code}
            aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
            onChange={(event) => setCode(event.target.value)}
          >
            <option value={NONE}>Choose a system</option>
            {options}
          </select>
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          >
            {button}
          </button>
        </div>
      </div>
    </form>
  );
}
