import type { DataColumn } from '../../../components/table/data-table';
import { AppLink } from '../../../components/ui/app-link';
import { ComparisonLabel } from '../../../components/ui/comparison-label';
import { ScoreValue } from '../../../components/ui/score-value';
import type { FeedPlace } from '../../../domain/feed/feed-place';
import { comparedWithText } from '../../../domain/feed/feed-place';
import type { Comparison } from '../../../domain/scoring/compare';
import { formatRankInterval } from '../../../domain/scoring/ranks';
import type { SystemRow } from '../../../domain/systems/system-rows';
import { csvNumber, csvPercent, formatChange } from '../../../domain/format/format-number';
import './systems-list.css';

/** Sorting by comparison puts Higher above Similar above Lower, not in alphabetical order. */
const COMPARISON_ORDER: Record<Comparison, number> = { higher: 3, similar: 2, lower: 1 };

/**
 * The on-screen columns. `place` words the comparison ("Compared with England", or neutral words
 * for a feed that names no place); `unavailable` says why a system of a data mesh has no score.
 */
export const systemColumns = (
  place: FeedPlace,
  unavailable: ReadonlyMap<string, string>,
): readonly DataColumn<SystemRow>[] => [
  {
    key: 'system',
    header: 'System',
    rowHeader: true,
    cell: (row) => (
      <>
        <AppLink to={`/systems/${encodeURIComponent(row.code)}`}>{row.shortName}</AppLink>
        <span className="app-system-code">{row.code}</span>
      </>
    ),
    sortValue: (row) => row.shortName,
  },
  {
    key: 'region',
    header: 'Region',
    cell: (row) => row.regionName,
    sortValue: (row) => row.regionName,
  },
  {
    key: 'readiness',
    header: 'Readiness',
    numeric: true,
    cell: (row) => (
      <ScoreValue
        score={row.overall}
        completeness={row.completeness}
        lowConfidence={row.lowConfidence}
        missing={unavailable.get(row.code)}
      />
    ),
    sortValue: (row) => row.overall,
  },
  {
    key: 'rank',
    header: 'Rank (interval)',
    numeric: true,
    cell: (row) =>
      row.interval ? (
        <span className="app-nowrap">{formatRankInterval(row.interval)}</span>
      ) : (
        'No rank'
      ),
    sortValue: (row) => row.interval?.rank ?? null,
  },
  {
    key: 'change',
    header: 'Change over the year',
    numeric: true,
    cell: (row) => (
      <>
        {formatChange(row.changeOverYear)}
        {row.changeRebased && row.changeOverYear !== null ? (
          <span className="app-muted"> (from rebased figures)</span>
        ) : null}
      </>
    ),
    sortValue: (row) => row.changeOverYear,
  },
  {
    key: 'england',
    header: comparedWithText(place),
    cell: (row) => <ComparisonLabel comparison={row.vsEngland} />,
    sortValue: (row) => (row.vsEngland ? COMPARISON_ORDER[row.vsEngland] : null),
  },
];

const dataProductColumn = (unavailable: ReadonlyMap<string, string>): DataColumn<SystemRow> => ({
  key: 'data-product',
  header: 'Data product',
  cell: () => null,
  csv: (row) => unavailable.get(row.code) ?? null,
});

/** The CSV has every figure in its own column, plain numbers, and the code and full name. */
export const systemCsvColumns = (
  place: FeedPlace,
  unavailable: ReadonlyMap<string, string>,
): readonly DataColumn<SystemRow>[] => [
  { key: 'code', header: 'Code', cell: (row) => row.code },
  { key: 'short-name', header: 'System', cell: (row) => row.shortName },
  { key: 'name', header: 'Full name', cell: (row) => row.name },
  { key: 'region', header: 'Region', cell: (row) => row.regionName },
  {
    key: 'readiness',
    header: 'Readiness (0-100)',
    cell: () => null,
    // One decimal in the CSV: enough to re-rank, no false precision.
    csv: (row) => csvNumber(row.overall, 1),
  },
  // Only a mesh with a product that gave nothing needs this column; a single feed never does.
  ...(unavailable.size > 0 ? [dataProductColumn(unavailable)] : []),
  {
    key: 'completeness',
    header: 'Share of weight reported (%)',
    cell: () => null,
    csv: (row) => csvPercent(row.completeness),
  },
  {
    key: 'low',
    header: 'Low confidence',
    cell: () => null,
    csv: (row) => (row.lowConfidence ? 'yes' : 'no'),
  },
  { key: 'rank', header: 'Rank', cell: () => null, csv: (row) => row.interval?.rank ?? null },
  {
    key: 'rank-low',
    header: 'Best plausible rank',
    cell: () => null,
    csv: (row) => row.interval?.low ?? null,
  },
  {
    key: 'rank-high',
    header: 'Worst plausible rank',
    cell: () => null,
    csv: (row) => row.interval?.high ?? null,
  },
  {
    key: 'change',
    header: 'Change over the year (points)',
    cell: () => null,
    csv: (row) => csvNumber(row.changeOverYear, 1),
  },
  {
    key: 'change-rebased',
    header: 'Change uses rebased figures',
    cell: () => null,
    csv: (row) => (row.changeRebased ? 'yes' : 'no'),
  },
  {
    key: 'england',
    header: comparedWithText(place),
    cell: () => null,
    csv: (row) => row.vsEngland ?? 'not compared',
  },
];
