import { useEffect, useId, useState } from 'react';
import { formatQuarter } from '../../domain/periods/quarter';

const PLAY_STEP_MS = 1500;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

/** Choose a quarter: a select, previous and next, and play through the quarters. */
export function PeriodControl({
  periods,
  period,
  onChange,
}: {
  periods: readonly string[];
  period: string;
  onChange: (period: string) => void;
}) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const reducedMotion = prefersReducedMotion();
  const index = periods.indexOf(period);
  const previous = periods[index - 1];
  const next = periods[index + 1];

  useEffect(() => {
    if (!playing) return undefined;
    const timer = setTimeout(() => {
      if (next) onChange(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, next, onChange]);

  return (
    <div className="app-control">
      <label className="nhsuk-label" htmlFor={id}>
        Quarter
      </label>
      <div className="app-control__row">
        <select
          className="nhsuk-select"
          id={id}
          value={period}
          onChange={(event) => onChange(event.target.value)}
        >
          {periods.map((item) => (
            <option key={item} value={item}>
              {formatQuarter(item)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={!previous}
          onClick={() => previous && onChange(previous)}
        >
          Previous quarter
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          disabled={!next}
          onClick={() => next && onChange(next)}
        >
          Next quarter
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          aria-pressed={playing}
          disabled={reducedMotion}
          onClick={() => {
            if (!playing && !next && periods[0]) onChange(periods[0]);
            setPlaying(!playing);
          }}
        >
          {playing ? 'Pause' : 'Play through the quarters'}
        </button>
      </div>
      {reducedMotion ? (
        <p className="nhsuk-hint">
          Playing is off because your device asks for reduced motion; use Previous and Next.
        </p>
      ) : null}
    </div>
  );
}
