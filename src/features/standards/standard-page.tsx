import { useParams } from 'react-router';
import { AppLink } from '../../components/ui/app-link';
import { useFeed } from '../../api/feed-query';
import { ExternalLink } from '../../components/ui/external-link';
import { PageHeading } from '../../components/ui/page-heading';
import { SummaryList } from '../../components/ui/summary-list';
import {
  ADOPTION_STATUSES,
  countStatuses,
  STATUS_LABELS,
} from '../../domain/adoption/status-counts';
import { formatQuarter } from '../../domain/periods/quarter';

export function StandardPage() {
  const { id = '' } = useParams();
  const { feed } = useFeed();
  const standard = feed.standards.find((candidate) => candidate.id === id);
  if (!standard) {
    return (
      <>
        <PageHeading title="Standard not found" />
        <p>
          The data has no standard with the id <code>{id}</code>.{' '}
          <AppLink to="/standards">Choose one from the list of standards</AppLink>.
        </p>
      </>
    );
  }
  const category = feed.categories.find((candidate) => candidate.id === standard.categoryId);
  const latest = feed.periods.at(-1);
  const counts = latest ? countStatuses(feed.observations, standard.id, latest) : null;
  return (
    <>
      <PageHeading title={standard.name} caption={category?.name ?? standard.categoryId} />
      <SummaryList
        rows={[
          { key: 'What adoption means', value: standard.adoptionMeans },
          { key: 'Owner', value: standard.owner },
          ...(standard.evidenceUrl
            ? [
                {
                  key: 'Reference',
                  value: (
                    <ExternalLink href={standard.evidenceUrl}>
                      {standard.name} (opens the owner’s page)
                    </ExternalLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      {counts && latest ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">
            Systems by adoption status, {formatQuarter(latest)} ({counts.reported} reported)
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Systems
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {ADOPTION_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{STATUS_LABELS[status]}</th>
                <td className="nhsuk-table__cell--numeric">{counts[status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
