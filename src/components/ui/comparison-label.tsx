import type { Comparison } from '../../domain/scoring/compare';

const LOOK: Record<Comparison, { shape: string; word: string }> = {
  higher: { shape: '▲', word: 'Higher' },
  similar: { shape: '●', word: 'Similar' },
  lower: { shape: '▼', word: 'Lower' },
};

/** Higher / Similar / Lower as a word and a shape as well as a colour, never colour alone. */
export function ComparisonLabel({ comparison }: { comparison: Comparison | null }) {
  if (comparison === null) return <span className="app-comparison">Not compared</span>;
  const { shape, word } = LOOK[comparison];
  return (
    <span className={`app-comparison app-comparison--${comparison}`}>
      <span aria-hidden="true" className="app-comparison__shape">
        {shape}
      </span>{' '}
      {word}
    </span>
  );
}
