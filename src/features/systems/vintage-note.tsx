import { Fragment } from 'react';
import { AppLink } from '../../components/ui/app-link';
import { predecessorsOf, successorsOf } from '../../domain/geography/crosswalk';
import type { CrosswalkLink } from '../../domain/geography/crosswalk';
import type { Crosswalk, System } from '../../domain/feed/feed-schema';
import { formatIsoDate } from '../../lib/format-date';
import { formatPercent } from '../../domain/format/format-number';

/** Says where an ended system's area went, or what a new system was made from. */
export function VintageNote({
  system,
  systems,
  crosswalk,
}: {
  system: System;
  systems: Map<string, System>;
  crosswalk: readonly Crosswalk[];
}) {
  const successors = successorsOf(crosswalk, system.code);
  const predecessors = predecessorsOf(crosswalk, system.code);
  if (system.validTo && successors.length > 0) {
    return (
      <div className="nhsuk-inset-text">
        <p>
          {system.shortName} ended on {formatIsoDate(system.validTo)}. Its area is now part of{' '}
          <LinkList links={successors} systems={systems} shareOf={system.shortName} />.
        </p>
      </div>
    );
  }
  if (predecessors.length > 0) {
    return (
      <div className="nhsuk-inset-text">
        <p>
          {system.shortName} began on {formatIsoDate(system.validFrom)}, made from{' '}
          <LinkList links={predecessors} systems={systems} />.
        </p>
      </div>
    );
  }
  return null;
}

/**
 * "A (57% of Frimley's residents), B and C" for successors; "all of A and part of B (21% of B's
 * residents)" for predecessors, where the share is of the predecessor's own population.
 */
function LinkList({
  links,
  systems,
  shareOf,
}: {
  links: CrosswalkLink[];
  systems: Map<string, System>;
  shareOf?: string;
}) {
  return (
    <>
      {links.map((link, index) => {
        const name = systems.get(link.code)?.shortName ?? link.code;
        const whole = link.populationShare >= 0.9995;
        return (
          <Fragment key={link.code}>
            {index > 0 ? (index === links.length - 1 ? ' and ' : ', ') : null}
            {shareOf === undefined ? (whole ? 'all of ' : 'part of ') : null}
            <AppLink to={`/systems/${encodeURIComponent(link.code)}`}>{name}</AppLink>
            {whole
              ? null
              : ` (${formatPercent(link.populationShare)} of ${shareOf ?? name}'s residents)`}
          </Fragment>
        );
      })}
    </>
  );
}
