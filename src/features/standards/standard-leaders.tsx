import type { DataColumn } from '../../components/table/data-table';
import { TableWithDownload } from '../../components/table/table-with-download';
import { AppLink } from '../../components/ui/app-link';
import { STATUS_LABELS } from '../../domain/adoption/adoption-statuses';
import { formatQuarter } from '../../domain/periods/quarter';
import type { RankedSystem } from '../../domain/tables/standard-detail';
import { fileSlug } from '../../lib/file-name';
import { csvPercent, formatPercent, formatScore } from '../../domain/format/format-number';

const columns: DataColumn<RankedSystem>[] = [
  {
    key: 'name',
    header: 'System',
    rowHeader: true,
    cell: (system) => (
      <AppLink to={`/systems/${encodeURIComponent(system.code)}`}>{system.name}</AppLink>
    ),
    csv: (system) => system.name,
  },
  {
    key: 'score',
    header: 'Score',
    numeric: true,
    cell: (system) => formatScore(system.score),
    csv: (system) => system.score,
  },
  {
    key: 'status',
    header: 'Status',
    cell: (system) => STATUS_LABELS[system.status],
  },
  {
    key: 'coverage',
    header: 'Coverage',
    numeric: true,
    cell: (system) => (system.coverage === null ? 'Not given' : formatPercent(system.coverage)),
    csv: (system) => csvPercent(system.coverage),
  },
];

function RankedTable({
  caption,
  systems,
  fileName,
}: {
  caption: string;
  systems: readonly RankedSystem[];
  fileName: string;
}) {
  return (
    <TableWithDownload
      caption={caption}
      captionSize="s"
      columns={columns}
      rows={systems}
      rowKey={(system) => system.code}
      fileName={fileName}
    />
  );
}

/** The systems furthest ahead and furthest behind on the standard. */
export function StandardLeaders({
  leaders,
  laggards,
  period,
  standardId,
}: {
  leaders: readonly RankedSystem[];
  laggards: readonly RankedSystem[];
  period: string;
  standardId: string;
}) {
  return (
    <section aria-labelledby="standard-leaders">
      <h2 className="nhsuk-heading-m" id="standard-leaders">
        Who leads and who lags, {formatQuarter(period)}
      </h2>
      {leaders.length === 0 ? (
        <p>No system reported this standard in {formatQuarter(period)}.</p>
      ) : (
        <>
          <p>
            Systems by standard score, from 0 to 100. Coverage is the share of a system’s
            organisations that are live, where the system gave it.
          </p>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-half">
              <RankedTable
                caption="Highest scores"
                systems={leaders}
                fileName={fileSlug(standardId, 'highest', period)}
              />
            </div>
            {laggards.length > 0 ? (
              <div className="nhsuk-grid-column-one-half">
                <RankedTable
                  caption="Lowest scores, lowest first"
                  systems={laggards}
                  fileName={fileSlug(standardId, 'lowest', period)}
                />
              </div>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
