import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NHS_BLUE } from '../../domain/charts/chart-theme';
import { REGIONAL_FRAME, SMALL_MULTIPLE_FRAME } from '../../domain/divides/quarter-line-layout';
import { QuarterLineDrawing, QuarterLineSvg, zeroBasedTicks } from './quarter-line-drawing';

const quarters = (values: (number | null)[]) =>
  values.map((value, index) => ({ period: `2025-Q${index + 1}`, value }));

describe('zeroBasedTicks', () => {
  // The axes recharts drew for these largest values on /divides (IQR, range, Gini, CV).
  it.each([
    [7, [0, 2, 4, 6, 8]],
    [21.4, [0, 6, 12, 18, 24]],
    [0.043, [0, 0.015, 0.03, 0.045, 0.06]],
    [0.071, [0, 0.02, 0.04, 0.06, 0.08]],
  ])('the largest value %f gives %j', (max, ticks) => {
    expect(zeroBasedTicks(quarters([null, max / 2, max]))).toEqual(ticks);
  });
});

describe('the quarter line drawing', () => {
  it('draws axis numbers, shown quarters, a dot per value and the labelled reference line', () => {
    const { container } = render(
      <QuarterLineSvg
        points={quarters([25, null, 75, 100])}
        ticks={[0, 25, 50, 75, 100]}
        formatTick={(v) => `${v}%`}
        frame={REGIONAL_FRAME}
        colour={NHS_BLUE}
        strokeWidth={2.5}
        dotRadius={3.5}
        reference={{ value: 50, label: 'Half' }}
        width={346}
      />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 346 240');
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '0%',
      '25%',
      '50%',
      '75%',
      '100%',
      'Half',
    ]);
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    // Quarters 274 / 3 px apart from 48; the missing second breaks the line.
    expect(svg.querySelector('path')?.getAttribute('d')).toBe('M48,155.5M230.67,62.5L322,16');
    expect(svg.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
  });

  it('holds its height, and draws nothing until its width is known', () => {
    const { container } = render(
      <QuarterLineDrawing
        points={quarters([1])}
        ticks={[0, 1]}
        formatTick={String}
        frame={SMALL_MULTIPLE_FRAME}
        colour={NHS_BLUE}
        strokeWidth={2}
        dotRadius={3}
      />,
    );
    const box = container.firstElementChild as HTMLElement;
    expect(box.style.height).toBe('160px');
    expect(container.querySelector('svg')).toBeNull();
  });
});
