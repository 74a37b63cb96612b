import { fileSlug } from '../../../lib/file-name';
import { tableCsv } from '../../../components/table/table-csv';
import { DownloadCsvButton } from '../../../components/frame/download-csv-button';
import { DataTable } from '../../../components/table/data-table';
import type { DataColumn } from '../../../components/table/data-table';
import type { TechnologyRow } from '../../../domain/profile/technology-rows';

const columns: DataColumn<TechnologyRow>[] = [
  {
    key: 'component',
    header: 'Component',
    cell: (row) => row.componentName,
    sortValue: (row) => row.componentName,
  },
  {
    key: 'product',
    header: 'Product',
    rowHeader: true,
    cell: (row) => row.product,
    sortValue: (row) => row.product,
  },
  {
    key: 'supplier',
    header: 'Supplier',
    cell: (row) => row.supplier,
    sortValue: (row) => row.supplier,
  },
  {
    key: 'systems',
    header: 'Systems using it nationally',
    numeric: true,
    cell: (row) => `${row.systemsUsing} of ${row.systemsReporting}`,
    sortValue: (row) => row.systemsUsing,
  },
];

/** The products in use for each component, and how many systems nationally use the same. */
export function TechnologySection({
  rows,
  systemName,
  illustrative,
}: {
  rows: readonly TechnologyRow[];
  systemName: string;
  illustrative: boolean;
}) {
  return (
    <section aria-labelledby="profile-technology">
      <h2 className="nhsuk-heading-m" id="profile-technology">
        Technology
      </h2>
      {rows.length === 0 ? (
        <p>{systemName} reported no technology for this quarter.</p>
      ) : (
        <>
          <p>
            Products {systemName} reported for each component. “Systems using it nationally” counts
            the systems reporting the same product for the same component, out of all that reported
            one.
            {illustrative
              ? ' Product and supplier names in this illustrative feed are fictional.'
              : ''}
          </p>
          <>
            <DataTable
              caption={`Technology in use in ${systemName}`}
              captionSize="s"
              columns={columns}
              rows={rows}
              rowKey={(row) => `${row.component}|${row.product}`}
            />
            <DownloadCsvButton
              csv={tableCsv(columns, rows)}
              fileName={fileSlug('technology', systemName)}
            />
          </>
        </>
      )}
    </section>
  );
}
