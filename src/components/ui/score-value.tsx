import { formatPercent, formatScore } from '../../domain/format/format-number';

/**
 * A readiness score with its completeness. A low-confidence score says so in words, so the caveat
 * survives printing, screen readers and colour blindness.
 */
export function ScoreValue({
  score,
  completeness,
  lowConfidence,
  missing,
}: {
  score: number | null;
  completeness: number;
  lowConfidence: boolean;
  /** Why there is no score, when known ("No data: somerset is unavailable (…)"). */
  missing?: string | null;
}) {
  if (score === null) return <span className="app-muted">{missing ?? 'No data'}</span>;
  return (
    <>
      <span className="app-score">{formatScore(score)}</span>
      {lowConfidence ? (
        <span className="app-low-confidence">
          {' '}
          low confidence ({formatPercent(completeness)} reported)
        </span>
      ) : null}
    </>
  );
}
