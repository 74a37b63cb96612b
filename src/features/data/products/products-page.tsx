import { DownloadCsvButton } from '../../../components/frame/download-csv-button';
import { DataTable } from '../../../components/table/data-table';
import { tableCsv } from '../../../components/table/table-csv';
import { FilterSelect } from '../../../components/ui/filter-select';
import { LoadingStatus } from '../../../components/ui/loading-status';
import { PageHeading } from '../../../components/ui/page-heading';
import { TableScroll } from '../../../components/ui/table-scroll';
import './products.css';
import { PRODUCT_STATES } from '../../../domain/mesh/product-outcome';
import type { ProductState } from '../../../domain/mesh/product-outcome';
import { rollUp } from '../../../domain/mesh/status-board';
import { productColumns } from './product-columns';
import { stateLabel } from './product-state-tag';
import { useStatusBoard } from './use-status-board';
import { useUrlParam, useUrlWriter } from '../../../lib/url-state/use-url-param';

/**
 * The data mesh's status board: every data product, who owns it, and whether it is healthy, late
 * or failing, so anyone can see the state of the mesh without asking.
 */
export function ProductsPage() {
  const { progress, board, feedPending } = useStatusBoard();
  // In the URL like every other filter, so a link to "the late products" shows them.
  const state = useUrlParam('productState');
  const write = useUrlWriter();
  const setState = (next: ProductState | null) => write({ productState: next }, { replace: true });
  const heading = (
    <PageHeading
      title="Data products"
      lead="Each system publishes its own data product under one shared contract; the platform team publishes the reference data. This is the state of every product: who owns it, whether it is on time, and what it failed."
    />
  );
  // Until the data on screen is known, only a loading message, as on every other page: the
  // shell's notices about the data (illustrative, out of date) arrive with it and would push a
  // heading already drawn down the screen (layout shift 0.092 at 412 px, issue 15).
  if (feedPending) return <LoadingStatus key="feed" label="Loading data…" />;
  if (!board) {
    const label = progress
      ? `${progress.settled} of ${progress.total} data products loaded`
      : 'Loading the data products…';
    return (
      <>
        {heading}
        <LoadingStatus label={label} />
      </>
    );
  }
  const { report, rows } = board;
  const shown = state === null ? rows : rows.filter((row) => row.report.state === state);
  const options = PRODUCT_STATES.filter((s) => report.summary.states[s] > 0).map((s) => ({
    value: s,
    label: `${stateLabel(s)} (${report.summary.states[s]})`,
  }));
  const line = rollUp(report);
  return (
    <>
      {heading}
      <p>
        {report.summary.total} data products in the catalogue; {report.summary.loaded} loaded.{' '}
        {line ? `${line}.` : 'Every product is healthy.'}
      </p>
      <FilterSelect
        label="Show products"
        allLabel={`All states (${rows.length})`}
        options={options}
        value={state}
        onChange={(value) => setState(value as ProductState | null)}
      />
      <p role="status">
        Showing {shown.length} of {rows.length} data products.
      </p>
      <div className="app-products-board">
        <TableScroll label="Data products and their health">
          <DataTable
            caption="Data products and their health"
            columns={productColumns}
            rows={shown}
            rowKey={(row) => row.report.id}
          />
        </TableScroll>
      </div>
      <DownloadCsvButton
        csv={tableCsv(productColumns, shown)}
        fileName="data-products"
        title="Data products and their health"
      />
    </>
  );
}
