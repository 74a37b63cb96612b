import type { GapItem } from '../../../domain/profile/gaps';

/** How many gaps and strengths fit on the page beside everything else. */
const SHOWN = 3;

/** The biggest gaps and strengths, in the sentences the profile uses. */
export function ReportGaps({
  gaps,
  strengths,
  national,
}: {
  gaps: readonly GapItem[];
  strengths: readonly GapItem[];
  national: string;
}) {
  return (
    <div className="app-board-report__columns">
      <section aria-labelledby="report-gaps">
        <h2 className="nhsuk-heading-s" id="report-gaps">
          Biggest gaps
        </h2>
        {gaps.length === 0 ? (
          <p>No standard is more than 5 points behind the peer median or {national}.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {gaps.slice(0, SHOWN).map((gap) => (
              <li key={gap.standardId}>{gap.sentence}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-strengths">
        <h2 className="nhsuk-heading-s" id="report-strengths">
          Strengths
        </h2>
        {strengths.length === 0 ? (
          <p>No standard is more than 5 points ahead of the peer median or {national}.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {strengths.slice(0, SHOWN).map((strength) => (
              <li key={strength.standardId}>{strength.sentence}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
