import { useParams } from 'react-router';
import { AppLink } from '../../components/ui/app-link';
import { useFeed } from '../../api/feed-query';
import { PageHeading } from '../../components/ui/page-heading';
import { SummaryList } from '../../components/ui/summary-list';
import { neighboursOf } from '../../domain/geography/crosswalk';
import { formatIsoDate } from '../../lib/format-date';
import { formatPopulation } from '../../lib/format-number';
import { VintageNote } from './vintage-note';

export function SystemProfilePage() {
  const { code = '' } = useParams();
  const { feed } = useFeed();
  const { systems, regions, adjacency, crosswalk } = feed.geography;
  const system = systems.find((candidate) => candidate.code === code);
  if (!system) {
    return (
      <>
        <PageHeading title="System not found" />
        <p>
          The data has no system with the code <code>{code}</code>.{' '}
          <AppLink to="/systems">Choose a system from the list</AppLink>.
        </p>
      </>
    );
  }
  const byCode = new Map(systems.map((candidate) => [candidate.code, candidate]));
  const region = regions.find((candidate) => candidate.code === system.regionCode);
  const neighbours = neighboursOf(adjacency, system.code)
    .map((neighbour) => byCode.get(neighbour))
    .filter((neighbour) => neighbour !== undefined);
  return (
    <>
      <PageHeading title={system.name} caption={region?.name ?? system.regionCode} />
      <VintageNote system={system} systems={byCode} crosswalk={crosswalk} />
      <SummaryList
        rows={[
          {
            key: 'Code',
            value: `${system.code}${system.codeProvisional ? ' (provisional)' : ''}`,
          },
          ...(system.odsCode ? [{ key: 'ODS code', value: system.odsCode }] : []),
          { key: 'Population (Census 2021)', value: formatPopulation(system.population) },
          {
            key: 'In existence',
            value: `From ${formatIsoDate(system.validFrom)}${system.validTo ? ` to ${formatIsoDate(system.validTo)}` : ''}`,
          },
        ]}
      />
      <h2 className="nhsuk-heading-m">Neighbours</h2>
      {neighbours.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {neighbours.map((neighbour) => (
            <li key={neighbour.code}>
              <AppLink to={`/systems/${encodeURIComponent(neighbour.code)}`}>
                {neighbour.shortName}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : (
        <p>The data lists no system that shares a border with this one.</p>
      )}
    </>
  );
}
