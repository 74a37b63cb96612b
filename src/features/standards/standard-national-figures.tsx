import { useFeedPlace } from '../../api/use-feed-place';
import { SummaryList } from '../../components/ui/summary-list';
import { formatQuarter } from '../../domain/periods/quarter';
import type { StandardRow } from '../../domain/tables/standard-rows';
import { formatChange, formatScore, formatShare } from '../../domain/format/format-number';
import { formatLive, formatRange } from './format';

/** The national figures for the standard in the quarter ("England", or the feed's own place). */
export function StandardNationalFigures({
  row,
  period,
  systemCount,
}: {
  row: StandardRow;
  period: string;
  systemCount: number;
}) {
  const place = useFeedPlace();
  return (
    <section aria-labelledby="standard-england">
      <h2 className="nhsuk-heading-m" id="standard-england">
        {place.national}, {formatQuarter(period)}
      </h2>
      <SummaryList
        rows={[
          {
            key: 'Systems live',
            value: `${formatLive(row.live, row.reporting, row.shareLive)} of the systems that reported`,
          },
          {
            key: 'Population covered',
            value: `${formatShare(row.populationCovered)} of the residents of those systems are in one where it is live`,
          },
          {
            key: `${place.national} score (population-weighted)`,
            value: `${formatScore(row.meanScore)} out of 100`,
          },
          { key: 'Change over the last year', value: formatChange(row.changeOverYear) },
          {
            key: 'Spread between systems',
            value: `middle half ${formatRange(row.q1, row.q3)}; median ${formatScore(row.median)}; range ${formatRange(row.min, row.max)}`,
          },
          { key: 'Systems reporting', value: `${row.reporting} of ${systemCount}` },
        ]}
      />
    </section>
  );
}
