import { fileSlug } from '../../lib/file-name';
import { TableWithDownload } from '../../components/table/table-with-download';
import { numberColumn, textColumn } from '../../components/table/value-columns';
import type { DataColumn } from '../../components/table/data-table';
import { metricLabel } from '../../domain/divides/findings';
import type { DivideTrend } from '../../domain/divides/widening';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatPeriod } from '../../domain/periods/period';
import { fixedTo, signedTo } from './divides-format';
import { HeadedSection } from '../../components/ui/headed-section';

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
  textColumn('name', 'Measure', (r) => r.name, { rowHeader: true }),
  textColumn('kind', 'Kind', (r) => r.kind),
  {
    key: 'verdict',
    header: 'Divide',
    cell: (r) => r.trend.verdict,
    sortValue: (r) => VERDICT_ORDER[r.trend.verdict],
    csv: (r) => r.trend.verdict,
  },
  numberColumn('from', 'IQR at start', (r) => r.trend.first?.iqr, fixedTo(1)),
  numberColumn('to', 'IQR now', (r) => r.trend.last?.iqr, fixedTo(1)),
  numberColumn('iqrSlope', 'IQR change a year', (r) => r.trend.iqrTrend.slopePerYear, signedTo(1)),
  numberColumn(
    'giniSlope',
    'Gini change a year',
    (r) => r.trend.giniTrend.slopePerYear,
    signedTo(3),
  ),
];

/** The widening table and the full ranking differ only in their rows and names. */
function RankingTable(props: {
  caption: string;
  rows: readonly Row[];
  id: string;
  fileName: string;
}) {
  return (
    <TableWithDownload
      {...props}
      captionSize="s"
      columns={columns}
      rowKey={(r) => r.key}
      initialSort={{ key: 'iqrSlope', direction: 'desc' }}
    />
  );
}

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
    <HeadedSection id="divides-widening" title="Widening divides">
      <p className="nhsuk-body">
        A divide is widening when the gap between the top and bottom quarter of systems (IQR) or the
        Gini coefficient rises steadily over at least 5 quarters.{' '}
        {widening.length === 0
          ? `No measure's divide is widening by that test in the quarters up to ${formatPeriod(period)}.`
          : `${widening.length} of ${rows.length} measures pass that test in the quarters up to ${formatPeriod(period)}, fastest first:`}
      </p>
      {widening.length > 0 ? (
        <RankingTable
          caption={`Widening divides, quarters up to ${formatPeriod(period)}`}
          rows={widening}
          id="widening-table"
          fileName={fileSlug('widening-divides', period)}
        />
      ) : null}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Every measure ranked by how fast its divide is widening ({rows.length})
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <RankingTable
            caption={`All measures ranked by how fast their divide is widening, quarters up to ${formatPeriod(period)}`}
            rows={rows}
            id="divides-ranking-table"
            fileName={fileSlug('divides-ranked', period)}
          />
        </div>
      </details>
    </HeadedSection>
  );
}
