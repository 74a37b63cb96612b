import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeriodControl } from './period-control';

function prefersReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce, media: query }));
}

afterEach(() => vi.unstubAllGlobals());

const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('PeriodControl', () => {
  it.each([
    [['2026-Q1'], false, [], 'The feed has one quarter, so there is nothing to step through.'],
    [
      ['2026-Q1', '2026-Q2'],
      false,
      ['Previous quarter', 'Next quarter', 'Play through the quarters'],
      null,
    ],
    [
      ['2026-Q1', '2026-Q2'],
      true,
      ['Previous quarter', 'Next quarter', 'Play through the quarters'],
      'Playing is off because your device asks for reduced motion; use Previous and Next.',
    ],
  ])(
    'with quarters %o and reduced motion %s offers %o and hint %s',
    (periods, reduce, offered, hint) => {
      prefersReducedMotion(reduce);
      const { container } = render(
        <PeriodControl
          periods={periods}
          period={periods.at(-1) ?? ''}
          onChange={() => {}}
          onStep={() => {}}
        />,
      );
      expect(buttons()).toEqual(offered);
      expect(container.querySelector('.nhsuk-hint')?.textContent ?? null).toBe(hint);
    },
  );

  it('disables Next at the latest quarter, and Play only for reduced motion', () => {
    prefersReducedMotion(true);
    render(
      <PeriodControl
        periods={['2026-Q1', '2026-Q2']}
        period="2026-Q2"
        onChange={() => {}}
        onStep={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: 'Previous quarter' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Next quarter' })).toBeDisabled();
    const play = screen.getByRole('button', { name: 'Play through the quarters' });
    expect(play).toBeDisabled();
    expect(play).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Next quarter' })).not.toHaveAttribute(
      'aria-pressed',
    );
  });
});
