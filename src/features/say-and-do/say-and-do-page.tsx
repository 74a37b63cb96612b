import { useFeed } from '../../api/feed-query';
import { PageHeading } from '../../components/ui/page-heading';
import { QuarterSelect } from '../../components/ui/quarter-select';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { formatPeriod } from '../../domain/periods/period';
import { linkedMeasures } from '../../domain/say-and-do/say-and-do';
import {
  MIN_PAIRS_FOR_CORRELATION,
  MIN_PAIRS_FOR_LINE,
} from '../../domain/say-and-do/say-and-do-fit';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { SayAndDoSection } from './say-and-do-section';

const LEAD =
  'What systems say about a standard, beside measured use of the service it supports, counted by a national publisher.';

/** Say and do (issue 14): self-reported scores against measured use, one measure at a time. */
export function SayAndDoPage() {
  const { feed } = useFeed();
  const [period, setPeriod] = usePeriod(feed);
  const measures = linkedMeasures(feed);
  const heading = <PageHeading title="Say and do" lead={LEAD} />;
  if (!period || measures.length === 0) {
    return (
      <>
        {heading}
        <p>
          {period
            ? 'The feed has no measures of use linked to a standard, so there is nothing to set beside what systems say yet.'
            : 'The feed has no quarters to show.'}
        </p>
      </>
    );
  }
  const systems = systemsInPeriod(feed.geography.systems, period).length;
  return (
    <>
      {heading}
      <QuarterSelect periods={feed.periods} period={period} onChange={setPeriod} />
      <p>
        Systems as they were throughout {formatPeriod(period)}: {systems}. Scores and measured use
        are compared on these boundaries only; a measured value for a system that did not exist
        throughout the quarter is left out and counted, never mixed in.
      </p>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How “furthest apart” is judged</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            A straight line is fitted by least squares through the systems’ scores (up) and measured
            use (across). Each system’s distance from the line, in score points, is how far its
            score is from what its measured use predicts. The three furthest above (saying more than
            measured use suggests) and below are named. Residuals keep the gap in points and work
            across different units; with fewer than {MIN_PAIRS_FOR_LINE} systems no line is fitted
            and no one is named. The link between the two is put into words only from{' '}
            {MIN_PAIRS_FOR_CORRELATION} systems (Pearson’s correlation).
          </p>
        </div>
      </details>
      {measures.map((measure) => (
        <SayAndDoSection key={measure.id} feed={feed} measure={measure} period={period} />
      ))}
    </>
  );
}
