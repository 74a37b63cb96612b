import { useEffect, useState } from 'react';
import { QuarterSelect } from '../../components/ui/quarter-select';

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
  onStep,
}: {
  periods: readonly string[];
  period: string;
  onChange: (period: string) => void;
  /** Move by quarters from the latest chosen one, which quick presses reach before `period`. */
  onStep: (step: number) => void;
}) {
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

  // One quarter: stepping and playing would go nowhere, so none is offered (issue 17, item 17).
  const single = periods.length < 2;
  const hint = single
    ? 'The feed has one quarter, so there is nothing to step through.'
    : reducedMotion
      ? 'Playing is off because your device asks for reduced motion; use Previous and Next.'
      : null;
  return (
    <QuarterSelect
      className="app-control"
      periods={periods}
      period={period}
      onChange={onChange}
      after={hint ? <p className="nhsuk-hint">{hint}</p> : null}
    >
      {single ? null : (
        <>
          <StepButton label="Previous quarter" disabled={!previous} onClick={() => onStep(-1)} />
          <StepButton label="Next quarter" disabled={!next} onClick={() => onStep(1)} />
          <StepButton
            label={playing ? 'Pause' : 'Play through the quarters'}
            pressed={playing}
            disabled={reducedMotion}
            onClick={() => {
              if (!playing && !next && periods[0]) onChange(periods[0]);
              setPlaying(!playing);
            }}
          />
        </>
      )}
    </QuarterSelect>
  );
}

function StepButton({
  label,
  pressed,
  disabled,
  onClick,
}: {
  label: string;
  /** Only the play button is a toggle. */
  pressed?: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
