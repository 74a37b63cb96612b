import { STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import { STANDARD_SCORE_TABLE } from '../../domain/scoring/standard-score';

/** The method in one paragraph, then the standard score table the code itself uses. */
export function MethodSummary() {
  return (
    <section aria-labelledby="method">
      <h2 className="nhsuk-heading-l" id="method">
        The method in brief
      </h2>
      <p>
        Each system reports, for each national standard, how far it has adopted it: not started,
        planned, piloting, partly live or live, and often the share of its organisations that are
        live. Each report becomes a score from 0 to 100. A category’s score is the weighted average
        of its standards’ scores, and a system’s readiness is the weighted average of its category
        scores. Standards a system did not report are left out rather than counted as zero, and
        every score says how much of it was reported. Ranks come with an interval showing how much
        they depend on the choice of weights.
      </p>
      <h3 className="nhsuk-heading-m">From a report to a standard score</h3>
      {/* Not a DataTable: a fixed list of rules read top to bottom, with nothing to sort or download. */}
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Standard score for each adoption status
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Score</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {STANDARD_SCORE_TABLE.map((rule) => (
            <tr key={rule.status}>
              <th scope="row">{STATUS_LABELS[rule.status]}</th>
              <td>{rule.formula}</td>
              <td>{rule.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
