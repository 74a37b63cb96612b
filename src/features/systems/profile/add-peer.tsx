import { useId, useRef, useState } from 'react';
import type { PeerPanel } from '../../../domain/profile/peer-panel';

/**
 * Add a system to the peer group. After Add, focus goes back to the select (the Add button is
 * disabled until the next choice, and a disabled button drops focus to the page body); when that
 * was the last system to add, the form goes and `onAdded` moves focus elsewhere.
 */
export function AddPeer({
  panel,
  add,
}: {
  panel: PeerPanel;
  add: (code: string, name: string, last: boolean) => void;
}) {
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [choice, setChoice] = useState('');
  const chosen = panel.candidates.find((c) => c.code === choice);
  if (panel.candidates.length === 0) return null;
  return (
    <form
      className="app-add-peer"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) add(chosen.code, chosen.name, panel.candidates.length === 1);
        setChoice('');
        select.current?.focus();
      }}
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={id}>
          Add a system to the peer group
        </label>
        <select
          id={id}
          ref={select}
          className="nhsuk-select"
          value={chosen?.code ?? ''}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">Choose a system</option>
          {panel.candidates.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
        </select>{' '}
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary app-inline-button"
          disabled={!chosen}
        >
          Add
        </button>
      </div>
    </form>
  );
}
