import { fileSlug } from '../../../lib/file-name';
import { tableCsv } from '../../../components/table/table-csv';
import { DownloadCsvButton } from '../../../components/frame/download-csv-button';
import { useId, useState } from 'react';
import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import { AppLink } from '../../../components/ui/app-link';
import type { PeerPanel, PeerPanelRow } from '../../../domain/profile/peer-panel';
import { formatFixed, formatPopulation, formatScore } from '../../../domain/format/format-number';
import type { PeersState } from '../../../lib/url-state/use-peers';
import { deprivation, density, systemPath } from './profile-format';

function peerColumns(remove: (code: string) => void): DataColumn<PeerPanelRow>[] {
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
    },
    {
      key: 'density',
      header: 'Density',
      numeric: true,
      cell: (row) => density(row.figures.density),
      sortValue: (row) => row.figures.density,
    },
    {
      key: 'imd',
      header: 'Deprivation (IMD score)',
      numeric: true,
      cell: (row) => deprivation(row.figures.imdScore),
      sortValue: (row) => row.figures.imdScore,
    },
    {
      key: 'distance',
      header: 'Distance',
      numeric: true,
      cell: (row) => (row.distance === null ? 'Not known' : formatFixed(row.distance, 2)),
      sortValue: (row) => row.distance,
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
          onClick={() => remove(row.code)}
          aria-label={`Remove ${row.name}`}
        >
          Remove
        </button>
      ),
    },
  ];
}

function AddPeer({ panel, add }: { panel: PeerPanel; add: (code: string) => void }) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const selected = panel.candidates.some((c) => c.code === choice) ? choice : '';
  if (panel.candidates.length === 0) return null;
  return (
    <form
      className="app-add-peer"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) add(selected);
        setChoice('');
      }}
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={id}>
          Add a system to the peer group
        </label>
        <select
          id={id}
          className="nhsuk-select"
          value={selected}
          onChange={(e) => setChoice(e.target.value)}
        >
          <option value="">Choose a system</option>
          {panel.candidates.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
        </select>{' '}
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary app-inline-button"
          disabled={!selected}
        >
          Add
        </button>
      </div>
    </form>
  );
}

/** The peer group with the figures that made each a peer; add, remove, or reset to the default. */
export function PeerPanelSection({
  panel,
  peers,
  systemName,
  peerMedian,
}: {
  panel: PeerPanel;
  peers: PeersState;
  systemName: string;
  peerMedian: number | null;
}) {
  const columns = peerColumns(peers.remove);
  return (
    <section aria-labelledby="profile-peers">
      <h2 className="nhsuk-heading-m" id="profile-peers">
        Peer group
      </h2>
      <p>
        By default, the 6 systems most like {systemName} in population, population density and
        deprivation (its own: {formatPopulation(panel.own.population)} residents,{' '}
        {density(panel.own.density)}, IMD score {deprivation(panel.own.imdScore)}). The distance
        says how alike they are on those three figures, standardised: 0 is identical, 1 is about one
        standard deviation apart on one figure.
      </p>
      <p aria-live="polite" className="app-peer-status">
        {peers.isDefault ? 'The default peer group' : 'Your own peer group'}: {panel.rows.length}{' '}
        {panel.rows.length === 1 ? 'system' : 'systems'}, peer median readiness{' '}
        <strong>{formatScore(peerMedian)}</strong>.
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
          />
        </>
      ) : (
        <p>No peers: every peer comparison on this page is left out.</p>
      )}
      <AddPeer panel={panel} add={peers.add} />
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
