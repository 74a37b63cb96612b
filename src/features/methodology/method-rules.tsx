import { MIN_PERIODS_FOR_TREND } from '../../domain/scoring/trend';
import { SIMILAR_WITHIN_POINTS } from '../../domain/scoring/compare';
import { LOW_CONFIDENCE_BELOW } from '../../domain/scoring/score-feed';
import { formatPercent } from '../../domain/format/format-number';
import { useFeedPlace } from '../../api/use-feed-place';

/** The rules every page applies, stated once, with the numbers the code uses. */
export function MethodRules() {
  const place = useFeedPlace();
  return (
    <section aria-labelledby="rules">
      <h2 className="nhsuk-heading-l" id="rules">
        Rules used on every page
      </h2>
      <h3 className="nhsuk-heading-s">Missing data is not zero</h3>
      <p>
        A score is computed only over the standards a system reported. Its completeness is the share
        of the weight that was reported. Below {formatPercent(LOW_CONFIDENCE_BELOW)} the score is
        marked <strong>low confidence</strong> wherever it appears, in words as well as on maps.
      </p>
      <h3 className="nhsuk-heading-s">Higher, similar or lower</h3>
      <p>
        A system is <strong>higher</strong> or <strong>lower</strong> than{' '}
        {place.named ? place.national : 'the figure for all systems'}, its region or its peers when
        its readiness differs by more than {SIMILAR_WITHIN_POINTS} points, and{' '}
        <strong>similar</strong> otherwise. The label is always written and shown with a shape (▲,
        ●, ▼), never by colour alone.
      </p>
      <h3 className="nhsuk-heading-s">Rank intervals</h3>
      <p>
        Ranks depend on the weights, and reasonable people weigh standards differently. So the
        weights are varied at random (each between half and one and a half times its value, 1,000
        times, with a fixed seed so the result is repeatable) and each system’s rank is recorded
        each time. “12th (8th–17th)” means the system ranks 12th with the weights in force, and
        between 8th and 17th in 90% of the variations. A wide interval means the rank says little.
      </p>
      <h3 className="nhsuk-heading-s">Trends</h3>
      <p>
        The change over the year compares a value with the same quarter a year earlier (July to
        September 2026 with July to September 2025). If that quarter is missing from the data, no
        change is shown rather than one against a different quarter. A trend word (improving, no
        clear change, worsening) is given only when there are at least {MIN_PERIODS_FOR_TREND}{' '}
        quarters of data, and only when the rise or fall is clear against the quarter-to-quarter
        noise.
      </p>
      <h3 className="nhsuk-heading-s">Boundary changes</h3>
      <p>
        When systems merge or split (the feed lists each ended system’s successors), scores are
        computed for the systems that existed in each quarter. Where a series crosses the change,
        the values of a new system before it existed are rebuilt from its predecessors, weighted by
        the share of each predecessor’s population that moved to it, and are labelled as rebased.
      </p>
      <h3 className="nhsuk-heading-s">Caveats</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>Adoption status is reported by systems themselves and is not independently audited.</li>
        <li>
          A feed marked illustrative (as the bundled sample is) has synthetic adoption values; the
          Data page says which this feed is.
        </li>
        <li>
          A readiness score summarises; it does not replace looking at the standards behind it.
        </li>
      </ul>
    </section>
  );
}
