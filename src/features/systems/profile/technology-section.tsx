import { fileSlug } from '../../../lib/file-name';
import { TableWithDownload } from '../../../components/table/table-with-download';
import { numberColumn, textColumn } from '../../../components/table/value-columns';
import type { DataColumn } from '../../../components/table/data-table';
import type { TechnologyRow } from '../../../domain/profile/technology-rows';

const columns: DataColumn<TechnologyRow>[] = [
  textColumn('component', 'Component', (row) => row.componentName),
  textColumn('product', 'Product', (row) => row.product, { rowHeader: true }),
  textColumn('supplier', 'Supplier', (row) => row.supplier),
  {
    ...numberColumn('systems', 'Systems using it nationally', (row) => row.systemsUsing, String),
    // Shown as "n of m" and sorted by n.
    cell: (row) => `${row.systemsUsing} of ${row.systemsReporting}`,
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
          <TableWithDownload
            caption={`Technology in use in ${systemName}`}
            captionSize="s"
            columns={columns}
            rows={rows}
            rowKey={(row) => `${row.component}|${row.product}`}
            fileName={fileSlug('technology', systemName)}
          />
        </>
      )}
    </section>
  );
}
