import { AppLink } from '../../components/ui/app-link';
import { MAX_COMPARED } from '../../domain/compare/compare-selection';

/** The systems being compared, each with a Remove button named for it. */
export function ChosenSystems({
  systems,
  onRemove,
  onClear,
}: {
  systems: readonly { code: string; shortName: string }[];
  onRemove: (code: string) => void;
  onClear: () => void;
}) {
  return (
    <>
      <p role="status">
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
                  onClick={() => onRemove(system.code)}
                >
                  Remove <span className="nhsuk-u-visually-hidden">{system.shortName}</span>
                </button>
              </li>
            ))}
          </ol>
          <p>
            <button type="button" className="app-link-button" onClick={onClear}>
              Remove all
            </button>
          </p>
        </>
      ) : null}
    </>
  );
}
