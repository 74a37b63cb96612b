import { fileSlug } from '../../lib/file-name';
import { tableCsv } from '../../components/table/table-csv';
import { DownloadCsvButton } from '../../components/frame/download-csv-button';
import { DataTable } from '../../components/table/data-table';
import type { DataColumn } from '../../components/table/data-table';
import { metricLabel } from '../../domain/divides/findings';
import type { DivideTrend } from '../../domain/divides/widening';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatPeriod } from '../../domain/periods/period';
import { fixed, signed } from './divides-format';

interface Row {
  key: string;
  name: string;
  kind: string;
  trend: DivideTrend;
}

const KIND = { overall: 'Overall', category: 'Category', standard: 'Standard' } as const;
/** Widening first, then no clear change, narrowing, and too few quarters: the order of concern. */
const VERDICT_ORDER = { widening: 0, 'no clear change': 1, narrowing: 2, 'too few quarters': 3 };

const columns: DataColumn<Row>[] = [
  {
    key: 'name',
    header: 'Measure',
    rowHeader: true,
    cell: (r) => r.name,
    sortValue: (r) => r.name,
  },
  { key: 'kind', header: 'Kind', cell: (r) => r.kind, sortValue: (r) => r.kind },
  {
    key: 'verdict',
    header: 'Divide',
    cell: (r) => r.trend.verdict,
    sortValue: (r) => VERDICT_ORDER[r.trend.verdict],
    csv: (r) => r.trend.verdict,
  },
  {
    key: 'from',
    header: 'IQR at start',
    numeric: true,
    cell: (r) => fixed(r.trend.first?.iqr, 1),
    sortValue: (r) => r.trend.first?.iqr ?? null,
  },
  {
    key: 'to',
    header: 'IQR now',
    numeric: true,
    cell: (r) => fixed(r.trend.last?.iqr, 1),
    sortValue: (r) => r.trend.last?.iqr ?? null,
  },
  {
    key: 'iqrSlope',
    header: 'IQR change a year',
    numeric: true,
    cell: (r) => signed(r.trend.iqrTrend.slopePerYear, 1),
    sortValue: (r) => r.trend.iqrTrend.slopePerYear,
  },
  {
    key: 'giniSlope',
    header: 'Gini change a year',
    numeric: true,
    cell: (r) => signed(r.trend.giniTrend.slopePerYear, 3),
    sortValue: (r) => r.trend.giniTrend.slopePerYear,
  },
];

/** Every measure's divide, ranked by how fast it is widening. */
export function WideningSection({
  feed,
  divides,
  period,
}: {
  feed: Pick<Feed, 'categories' | 'standards'>;
  divides: readonly DivideTrend[];
  period: string;
}) {
  const rows = divides.map((trend) => ({
    key: trend.key,
    name: metricLabel(feed, trend.metric),
    kind: KIND[trend.metric.kind],
    trend,
  }));
  const widening = rows.filter((r) => r.trend.verdict === 'widening');
  return (
    <section aria-labelledby="divides-widening">
      <h2 className="nhsuk-heading-m" id="divides-widening">
        Widening divides
      </h2>
      <p className="nhsuk-body">
        A divide is widening when the gap between the top and bottom quarter of systems (IQR) or the
        Gini coefficient rises steadily over at least 5 quarters.{' '}
        {widening.length === 0
          ? `No measure's divide is widening by that test in the quarters up to ${formatPeriod(period)}.`
          : `${widening.length} of ${rows.length} measures pass that test in the quarters up to ${formatPeriod(period)}, fastest first:`}
      </p>
      {widening.length > 0 ? (
        <>
          <DataTable
            caption={`Widening divides, quarters up to ${formatPeriod(period)}`}
            captionSize="s"
            columns={columns}
            rows={widening}
            rowKey={(r) => r.key}
            initialSort={{ key: 'iqrSlope', direction: 'desc' }}
            id="widening-table"
          />
          <DownloadCsvButton
            csv={tableCsv(columns, widening)}
            fileName={fileSlug('widening-divides', period)}
          />
        </>
      ) : null}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Every measure ranked by how fast its divide is widening ({rows.length})
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <>
            <DataTable
              caption={`All measures ranked by how fast their divide is widening, quarters up to ${formatPeriod(period)}`}
              captionSize="s"
              columns={columns}
              rows={rows}
              rowKey={(r) => r.key}
              initialSort={{ key: 'iqrSlope', direction: 'desc' }}
              id="divides-ranking-table"
            />
            <DownloadCsvButton
              csv={tableCsv(columns, rows)}
              fileName={fileSlug('divides-ranked', period)}
            />
          </>
        </div>
      </details>
    </section>
  );
}
