import { fileSlug } from '../../../lib/file-name';
import { tableCsv } from '../../../components/table/table-csv';
import { DownloadCsvButton } from '../../../components/frame/download-csv-button';
import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import { AppLink } from '../../../components/ui/app-link';
import type { PeerPanel, PeerPanelRow } from '../../../domain/profile/peer-panel';
import {
  csvNumber,
  formatFixed,
  formatPopulation,
  formatScore,
} from '../../../domain/format/format-number';
import type { PeersState } from '../../../lib/url-state/use-peers';
import { AddPeer } from './add-peer';
import { deprivation, density, systemPath } from './profile-format';
import { usePeerChanges } from './use-peer-changes';
import { REMOVES } from '../../../components/ui/use-removal-focus';
import { peerBasisText } from '../../../domain/peers/peer-basis';
import type { PeerFigureName } from '../../../domain/peers/peer-basis';
import { DEFAULT_PEER_COUNT } from '../../../domain/peers/peer-groups';

/** What the default group is chosen on: only the figures this feed gives (issue 17, item 8). */
function basisSentence(panel: PeerPanel, systemName: string): string {
  const own: Record<PeerFigureName, string> = {
    population: `${formatPopulation(panel.own.population)} residents`,
    'population density': density(panel.own.density),
    deprivation: `deprivation score ${deprivation(panel.own.imdScore)}`,
  };
  if (panel.basis.length === 0) {
    return 'The feed gives no figure that tells systems apart, so there is no default peer group.';
  }
  const figures = panel.basis.map((name) => own[name]).join(', ');
  return `By default, the ${DEFAULT_PEER_COUNT} systems most like ${systemName} on ${peerBasisText(panel.basis)} (its own: ${figures}).`;
}

function peerColumns(
  remove: (code: string, name: string, button: HTMLElement) => void,
): DataColumn<PeerPanelRow>[] {
  return [
    {
      key: 'name',
      header: 'Peer',
      rowHeader: true,
      cell: (row) => <AppLink to={systemPath(row.code)}>{row.name}</AppLink>,
      sortValue: (row) => row.name,
    },
    {
      key: 'population',
      header: 'Population',
      numeric: true,
      cell: (row) => formatPopulation(row.figures.population),
      sortValue: (row) => row.figures.population,
      csv: (row) => row.figures.population,
    },
    {
      key: 'density',
      header: 'Density',
      numeric: true,
      cell: (row) => density(row.figures.density),
      sortValue: (row) => row.figures.density,
      // Rounded as the cell shows it: a raw quotient would carry floating-point noise.
      csv: (row) => csvNumber(row.figures.density, 0),
    },
    {
      key: 'imd',
      header: 'Deprivation score',
      numeric: true,
      cell: (row) => deprivation(row.figures.imdScore),
      sortValue: (row) => row.figures.imdScore,
      csv: (row) => csvNumber(row.figures.imdScore, 1),
    },
    {
      key: 'distance',
      header: 'Distance',
      numeric: true,
      cell: (row) => (row.distance === null ? 'Not known' : formatFixed(row.distance, 2)),
      sortValue: (row) => row.distance,
      csv: (row) => csvNumber(row.distance, 2),
    },
    {
      key: 'how',
      header: 'Chosen by',
      cell: (row) => (row.isDefault ? 'Default' : 'You'),
      sortValue: (row) => (row.isDefault ? 'Default' : 'You'),
    },
    {
      key: 'remove',
      header: 'Change',
      cell: (row) => (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-inline-button"
          {...{ [REMOVES]: row.code }}
          onClick={(event) => remove(row.code, row.name, event.currentTarget)}
          aria-label={`Remove ${row.name}`}
        >
          Remove
        </button>
      ),
    },
  ];
}

/** The peer group with the figures that made each a peer; add, remove, or reset to the default. */
export function PeerPanelSection({
  panel,
  peers,
  systemName,
  peerMedian,
  medianMissing = 'No data',
}: {
  panel: PeerPanel;
  peers: PeersState;
  systemName: string;
  peerMedian: number | null;
  /** What shows for a median not there: "Loading" while a peer's product is on its way. */
  medianMissing?: string;
}) {
  const changes = usePeerChanges(
    peers,
    panel.rows.map((row) => row.code),
    'profile-peers',
  );
  const columns = peerColumns(changes.remove);
  return (
    <section aria-labelledby="profile-peers">
      <h2 className="nhsuk-heading-m" id="profile-peers" tabIndex={-1}>
        Peer group
      </h2>
      <p>
        {basisSentence(panel, systemName)} The distance says how alike they are on those figures,
        standardised: 0 is identical, 1 is about one standard deviation apart on one figure.
      </p>
      <p aria-live="polite" className="app-peer-status">
        {changes.message}
        {peers.isDefault ? 'The default peer group' : 'Your own peer group'}: {panel.rows.length}{' '}
        {panel.rows.length === 1 ? 'system' : 'systems'}, peer median readiness{' '}
        <strong>{formatScore(peerMedian, medianMissing)}</strong>.
        {peers.isDefault
          ? ''
          : ' Your choice is in the page address and remembered in this browser.'}
      </p>
      {panel.rows.length > 0 ? (
        <>
          <DataTable
            caption={`Peers of ${systemName}`}
            captionSize="s"
            columns={columns}
            rows={panel.rows}
            rowKey={(row) => row.code}
          />
          <DownloadCsvButton
            csv={tableCsv(columns, panel.rows)}
            fileName={fileSlug('peers', systemName)}
            title={`Peers of ${systemName}`}
          />
        </>
      ) : (
        <p>No peers: every peer comparison on this page is left out.</p>
      )}
      <AddPeer panel={panel} add={changes.add} />
      {peers.isDefault ? null : (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={peers.reset}
        >
          Reset to the default peer group
        </button>
      )}
    </section>
  );
}
