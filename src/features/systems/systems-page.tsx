import { AppLink } from '../../components/ui/app-link';
import { useFeed } from '../../api/feed-query';
import { PageHeading } from '../../components/ui/page-heading';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { formatQuarter } from '../../domain/periods/quarter';
import { formatPopulation } from '../../lib/format-number';
import { TableScroll } from '../../components/ui/table-scroll';

export function SystemsPage() {
  const { feed } = useFeed();
  const latest = feed.periods.at(-1);
  const regionName = new Map(feed.geography.regions.map((region) => [region.code, region.name]));
  const current = latest ? systemsInPeriod(feed.geography.systems, latest) : [];
  const ended = feed.geography.systems.filter((system) => system.validTo !== null);
  return (
    <>
      <PageHeading
        title="Systems"
        lead="Every Integrated Care System in the data. Open one to see its profile, its neighbours and what it was made from."
      />
      <TableScroll label="Systems table">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">
            {current.length} systems{latest ? ` in ${formatQuarter(latest)}` : ''}
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">System</th>
              <th scope="col">Region</th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Population (Census 2021)
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {current.map((system) => (
              <tr key={system.code}>
                <th scope="row">
                  <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>
                    {system.shortName}
                  </AppLink>
                </th>
                <td>{regionName.get(system.regionCode) ?? system.regionCode}</td>
                <td className="nhsuk-table__cell--numeric">
                  {formatPopulation(system.population)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {ended.length > 0 ? (
        <>
          <h2 className="nhsuk-heading-m">Systems that have ended</h2>
          <p>Their history is kept; each profile says where their area went.</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {ended.map((system) => (
              <li key={system.code}>
                <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>
                  {system.shortName}
                </AppLink>{' '}
                (ended {system.validTo})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
