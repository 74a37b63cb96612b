import type { DataColumn } from '../../components/table/data-table';
import { AppLink } from '../../components/ui/app-link';
import type { BorderScore } from '../../domain/divides/border-scores';
import { numberColumn, textColumn } from '../../components/table/value-columns';
import { csvNumber } from '../../domain/format/format-number';
import { fixedTo } from './divides-format';

export interface BorderRow extends BorderScore {
  key: string;
  nameA: string;
  nameB: string;
  /** In a mesh, why a side has no data ("No data: somerset is unavailable (…)"); else null. */
  missing: string | null;
}

/** The score, or why there is none: a side's product gave nothing is said, never a dash or 0. */
const scoreText = (r: BorderRow) => (r.score === null && r.missing ? r.missing : null);

const systemLink = (code: string, name: string) => (
  <AppLink to={`/systems/${encodeURIComponent(code)}`}>{name}</AppLink>
);

/** A side whose product gave no data (yet) has no platform to compare: not "Not reported". */
const sameText = (row: BorderRow) =>
  row.missing
    ? 'Not known'
    : row.platforms.same === null
      ? 'Not reported'
      : row.platforms.same
        ? 'Yes'
        : 'No';

/** The border table: each row names both systems, each a link to its profile. */
export const borderColumns: DataColumn<BorderRow>[] = [
  {
    key: 'border',
    header: 'Border',
    rowHeader: true,
    // One span, so the two names flow as one line of text when the table stacks on a phone.
    cell: (r) => (
      <span>
        {systemLink(r.a, r.nameA)} <span aria-hidden="true">–</span>
        <span className="nhsuk-u-visually-hidden"> and </span> {systemLink(r.b, r.nameB)}
      </span>
    ),
    sortValue: (r) => `${r.nameA} – ${r.nameB}`,
  },
  {
    ...numberColumn('score', 'Cross-border score (%)', (r) => r.score, fixedTo(1)),
    cell: (r) => scoreText(r) ?? fixedTo(1)(r.score),
    csv: (r) => scoreText(r) ?? csvNumber(r.score, 1),
  },
  {
    key: 'live',
    header: 'Exchange standards live on both',
    numeric: true,
    // No score (a side reported nothing, or its product gave nothing): nothing counted, not "0 of 15".
    cell: (r) =>
      r.score === null ? 'Not known' : `${r.liveOnBoth.length} of ${r.exchangeStandards.length}`,
    sortValue: (r) => (r.score === null ? null : r.liveOnBoth.length),
  },
  textColumn('same', 'Same platform', sameText),
  {
    key: 'platforms',
    header: 'Shared care record platforms',
    cell: (r) => `${r.platforms.a ?? 'not reported'} / ${r.platforms.b ?? 'not reported'}`,
  },
];
