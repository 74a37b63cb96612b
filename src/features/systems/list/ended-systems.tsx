import { AppLink } from '../../../components/ui/app-link';
import type { System } from '../../../domain/feed/feed-schema';
import { formatIsoDate } from '../../../lib/format-date';

/** Systems that no longer exist keep their profiles: each says where its area went. */
export function EndedSystems({ systems }: { systems: readonly System[] }) {
  if (systems.length === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">Systems that have ended</h2>
      <p>Their history is kept; each profile says where their area went.</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {systems.map((system) => (
          <li key={system.code}>
            <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>{system.shortName}</AppLink>{' '}
            (ended {formatIsoDate(system.validTo ?? '')})
          </li>
        ))}
      </ul>
    </>
  );
}
