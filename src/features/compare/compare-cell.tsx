import { ComparisonLabel } from '../../components/ui/comparison-label';
import type { CompareCell } from '../../domain/compare/compare-table';
import { formatScore } from '../../domain/format/format-number';

/**
 * One system's score in the Compare table: shaded by score band, and always the number and the
 * comparison with England in words and a shape, so the shade is never the only cue.
 */
export function CompareCellView({
  cell,
  missing,
}: {
  cell: CompareCell;
  /** Why a mesh system has no score ("No data: somerset is unavailable (…)"), never a blank. */
  missing?: string | undefined;
}) {
  if (!cell.inPeriod) return <span className="app-muted">Not in this quarter</span>;
  if (cell.value === null) return <span className="app-muted">{missing ?? 'Not reported'}</span>;
  return (
    <span className={`app-band app-band--${cell.band?.index ?? 0}`}>
      <span className="app-score">{formatScore(cell.value)}</span>{' '}
      <ComparisonLabel comparison={cell.vsEngland} />
      {cell.lowConfidence ? <span className="app-low-confidence"> low confidence</span> : null}
    </span>
  );
}
