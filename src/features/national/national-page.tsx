import { Link } from 'react-router';
import { useFeed } from '../../api/feed-query';
import { PageHeading } from '../../components/ui/page-heading';
import { SummaryList } from '../../components/ui/summary-list';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { formatQuarter } from '../../domain/periods/quarter';

export function NationalPage() {
  const { feed } = useFeed();
  const latest = feed.periods.at(-1);
  const current = latest ? systemsInPeriod(feed.geography.systems, latest) : [];
  const regions = new Set(current.map((system) => system.regionCode));
  return (
    <>
      <PageHeading
        title="National picture"
        caption="England"
        lead="How far England's Integrated Care Systems have adopted the national interoperability standards, and where the gaps are."
      />
      <h2 className="nhsuk-heading-m">What the data covers</h2>
      <SummaryList
        rows={[
          {
            key: 'Systems',
            value: `${current.length} Integrated Care Systems in ${regions.size} NHS regions${latest ? ` (${formatQuarter(latest)})` : ''}`,
          },
          {
            key: 'Standards',
            value: `${feed.standards.length} national standards in ${feed.categories.length} categories`,
          },
          {
            key: 'Quarters',
            value:
              feed.periods.length > 0
                ? `${feed.periods.length}, from ${feed.periods[0]} to ${latest}`
                : 'None',
          },
          { key: 'Published by', value: feed.metadata.publisher },
        ]}
      />
      <ul className="nhsuk-list">
        <li>
          <Link to="/systems">Find a system and see how it compares</Link>
        </li>
        <li>
          <Link to="/standards">See each standard and who has adopted it</Link>
        </li>
        <li>
          <Link to="/data">Check the data, its sources and its quality</Link>
        </li>
      </ul>
    </>
  );
}
