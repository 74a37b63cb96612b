import { useState } from 'react';
import { useFeed } from '../../api/feed-query';
import { useFeedPlace } from '../../api/use-feed-place';
import { useScores } from '../../api/scores-query';
import { PageHeading } from '../../components/ui/page-heading';
import { formatQuarter } from '../../domain/periods/quarter';
import { filterStandardRows, sortStandardRows } from '../../domain/tables/standard-row-order';
import { standardCsvRows, STANDARD_CSV_HEADER } from '../../domain/tables/standard-csv';
import { standardRows } from '../../domain/tables/standard-rows';
import { standardsSummary } from '../../domain/tables/standard-summary';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { describeSort } from './standard-columns';
import { StandardsFilters } from './standards-filters';
import { StandardsTable } from './standards-table';
import { useStandardsView } from './use-standards-view';

export function StandardsPage() {
  const { feed } = useFeed();
  const place = useFeedPlace();
  const { weights, key } = useWeights(feed);
  const scores = useScores(feed, weights, key);
  const [period] = usePeriod(feed);
  const view = useStandardsView(feed.categories.map((category) => category.id));
  // The search box is uncontrolled (see StandardsFilters); clearing it remounts it empty.
  const [searchBox, setSearchBox] = useState(() => ({ key: 0, initial: view.query }));
  const all = period === null ? [] : standardRows(feed, scores, period);
  const shown = sortStandardRows(filterStandardRows(all, view), view.sort);
  const clear = () => {
    view.clearFilters();
    setSearchBox((box) => ({ key: box.key + 1, initial: '' }));
  };
  const download = () =>
    downloadText(
      `standards-${period ?? 'no-period'}.csv`,
      toCsv(STANDARD_CSV_HEADER, standardCsvRows(shown, period ?? '')),
      'text/csv;charset=utf-8',
    );
  return (
    <>
      <PageHeading
        title="Standards"
        lead="The national interoperability standards the dashboard measures: how widely each is adopted, how that is changing, and how far apart systems are."
      />
      {period === null ? (
        <p>The feed has no quarters to show.</p>
      ) : (
        <>
          <div className="nhsuk-inset-text">
            <p>{standardsSummary(all, period)}</p>
          </div>
          <StandardsFilters categories={feed.categories} view={view} searchBox={searchBox} />
          <p role="status">
            Showing {shown.length} of {all.length} standards, sorted by{' '}
            {describeSort(view.sort.column, view.sort.direction, place.national)}.
          </p>
          {shown.length > 0 ? (
            <>
              <StandardsTable
                rows={shown}
                caption={`Adoption of each standard, ${formatQuarter(period)}`}
                sort={view.sort}
                onSort={view.setSort}
              />
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={download}
              >
                Download CSV
              </button>
            </>
          ) : (
            <p>
              No standards match.{' '}
              <button type="button" className="app-link-button" onClick={clear}>
                Clear the category and search
              </button>
            </p>
          )}
          <StandardsNotes />
        </>
      )}
    </>
  );
}

function StandardsNotes() {
  const place = useFeedPlace();
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">What the columns mean</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          <strong>Systems live</strong> is the share of the systems that reported the standard whose
          status is live. <strong>Population covered</strong> is the share of the residents of those
          systems who live in one where it is live.
        </p>
        <p>
          <strong>{place.national} score</strong> is the average standard score from 0 to 100,
          weighted by population, and its <strong>change over the year</strong> is from the same
          quarter a year earlier.
        </p>
        <p>
          <strong>Spread between systems</strong> is the gap between the lower and upper quartile of
          system scores: the middle half of systems lie within it. The range runs from the lowest
          system to the highest.
        </p>
      </div>
    </details>
  );
}
