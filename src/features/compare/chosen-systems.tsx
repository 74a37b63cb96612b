import { useState } from 'react';
import { AppLink } from '../../components/ui/app-link';
import { REMOVES, useRemovalFocus } from '../../components/ui/use-removal-focus';
import { MAX_COMPARED } from '../../domain/compare/compare-selection';

/** What was just removed, said only while the list is still the one that removal left. */
interface Removal {
  text: string;
  left: string;
}

/**
 * The systems being compared, each with a Remove button named for it. After a removal, focus
 * goes to the next Remove button (else the previous, else the element `returnFocusTo` names)
 * and the status line says what went.
 */
export function ChosenSystems({
  systems,
  onRemove,
  onClear,
  returnFocusTo,
}: {
  systems: readonly { code: string; shortName: string }[];
  onRemove: (code: string) => void;
  onClear: () => void;
  /** The id of the element to focus when no Remove button is left. */
  returnFocusTo: string;
}) {
  const codes = systems.map((system) => system.code);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const focusAfterRemoving = useRemovalFocus(codes, () => document.getElementById(returnFocusTo));
  const said = removal?.left === codes.join(',') ? `${removal.text} ` : '';
  const remove = (code: string, name: string, button: HTMLElement) => {
    focusAfterRemoving(code, button);
    setRemoval({ text: `${name} removed.`, left: codes.filter((c) => c !== code).join(',') });
    onRemove(code);
  };
  return (
    <>
      <p role="status">
        {said}
        {systems.length} of at most {MAX_COMPARED} systems chosen.
      </p>
      {systems.length > 0 ? (
        <>
          <ol className="nhsuk-list app-chosen-systems">
            {systems.map((system) => (
              <li key={system.code} className="app-chosen-systems__item">
                <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>
                  {system.shortName}
                </AppLink>
                <button
                  type="button"
                  className="app-link-button app-chosen-systems__remove"
                  {...{ [REMOVES]: system.code }}
                  onClick={(event) => remove(system.code, system.shortName, event.currentTarget)}
                >
                  Remove <span className="nhsuk-u-visually-hidden">{system.shortName}</span>
                </button>
              </li>
            ))}
          </ol>
          <p>
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                // Every Remove button goes: focus goes where the last one's would.
                focusAfterRemoving(codes[0] ?? '', document.body);
                setRemoval({ text: 'Every system removed.', left: '' });
                onClear();
              }}
            >
              Remove all
            </button>
          </p>
        </>
      ) : null}
    </>
  );
}
