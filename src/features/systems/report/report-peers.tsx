import { ComparisonLabel } from '../../../components/ui/comparison-label';
import type { Feed } from '../../../domain/feed/feed-schema';
import type { ProfileModel } from '../../../domain/profile/profile-model';
import { compareScore } from '../../../domain/scoring/compare';
import { formatScore } from '../../../domain/format/format-number';
import type { FeedScores, SystemScore } from '../../../domain/scoring/score-types';

/** The system and its peers, highest first, each against the system itself. */
export function ReportPeers({
  feed,
  scores,
  model,
}: {
  feed: Feed;
  scores: FeedScores;
  model: ProfileModel;
}) {
  const period = model.period;
  const systems = period ? (scores.byPeriod[period]?.systems ?? []) : [];
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const own = systems.find((system) => system.code === model.system.code)?.overall ?? null;
  const rows = systems
    .filter((system) => system.code === model.system.code || model.peers.includes(system.code))
    .sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1));
  return (
    <section aria-labelledby="report-peers">
      <h2 className="nhsuk-heading-s" id="report-peers">
        Peer comparison
      </h2>
      {model.peers.length === 0 ? (
        <p>No peers, so no peer comparison: a table of one system would say nothing.</p>
      ) : (
        <PeerTable model={model} rows={rows} names={names} own={own} />
      )}
    </section>
  );
}

function PeerTable({
  model,
  rows,
  names,
  own,
}: {
  model: ProfileModel;
  rows: readonly SystemScore[];
  names: ReadonlyMap<string, string>;
  own: number | null;
}) {
  return (
    <>
      {/* Not a DataTable: a printed page has no sort buttons, and the board report keeps its compact
          print table rather than stacking into cards. */}
      <table className="nhsuk-table app-board-report__table">
        <caption className="nhsuk-u-visually-hidden">
          {model.system.shortName} and its {model.peers.length} peers by readiness
        </caption>
        <thead>
          <tr>
            <th scope="col">System</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Readiness
            </th>
            <th scope="col">Against this system</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                {row.code === model.system.code ? (
                  <strong>{names.get(row.code)} (this system)</strong>
                ) : (
                  names.get(row.code)
                )}
              </th>
              <td className="nhsuk-table__cell--numeric">{formatScore(row.overall, '–')}</td>
              <td>
                {row.code === model.system.code ? (
                  '–'
                ) : (
                  <ComparisonLabel comparison={compareScore(row.overall, own)} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
