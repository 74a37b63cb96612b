import type { Selection } from '../../domain/compare/compare-selection';
import { MAX_COMPARED } from '../../domain/compare/compare-selection';
import type { System } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import { formatIsoDate } from '../../lib/format-date';

/** Why a system has no scores in the quarter: it ended before it, or began after it. */
function lifeOf(system: System | undefined): string {
  if (!system) return '';
  if (system.validTo) return `ended on ${formatIsoDate(system.validTo)}`;
  return `began on ${formatIsoDate(system.validFrom)}`;
}

/**
 * Says which codes from the link are not compared, and why, and which compared systems have no
 * scores in the quarter. Codes are shown as text: they come from a URL anyone can write, so they
 * are data, never markup.
 */
export function SelectionNotices({
  selection,
  systems,
  period,
}: {
  selection: Selection;
  systems: ReadonlyMap<string, System>;
  period: string;
}) {
  const { unknown, notInPeriod, overLimit } = selection;
  const name = (code: string) => systems.get(code)?.shortName ?? code;
  return (
    <>
      {unknown.length + overLimit.length > 0 ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Some systems in the link are not compared
          </h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {unknown.length > 0 ? (
              <li>
                No system in the data has the code{unknown.length > 1 ? 's' : ''}{' '}
                {unknown.join(', ')}.
              </li>
            ) : null}
            {overLimit.length > 0 ? (
              <li>
                At most {MAX_COMPARED} systems can be compared; left out:{' '}
                {overLimit.map(name).join(', ')}.
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      {notInPeriod.length > 0 ? (
        <div className="nhsuk-inset-text">
          {notInPeriod.map((code) => (
            <p key={code}>
              {name(code)} {lifeOf(systems.get(code))}, so it has no scores in{' '}
              {formatQuarter(period)}. Its history is in the trend chart; choose a quarter when it
              existed to compare its scores.
            </p>
          ))}
        </div>
      ) : null}
    </>
  );
}
