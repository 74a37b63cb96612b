import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IMD_STEP } from '../../domain/divides/deprivation-gradient';
import { DeprivationScatterSvg, deprivationLayout } from './deprivation-scatter';

const rows = [
  { code: 'A', imdScore: 10, value: 80, population: 1 },
  { code: 'B', imdScore: 20, value: 84, population: 1 },
  { code: 'C', imdScore: 30, value: 90, population: 1 },
];

describe('deprivationLayout', () => {
  it('covers the dots with nice ticks when there is no line', () => {
    const layout = deprivationLayout(rows, null, 346);
    expect(layout.xTicks.map((t) => t.value)).toEqual([10, 15, 20, 25, 30]);
    // recharts' rule: 80 to 90 over 4 steps is 2.5, rounded up to 3; the middle tick is 85 less
    // its remainder by 3 (84), with two steps below and two above.
    expect(layout.yTicks.map((t) => t.value)).toEqual([78, 81, 84, 87, 90]);
    expect(layout.segment).toBeNull();
  });

  it('stretches the score axis to the fitted line where it runs past the dots', () => {
    // 70 at IMD 10 and 100 at IMD 30: 3 points of score a point of IMD.
    const layout = deprivationLayout(
      rows,
      { intercept: 40, slope: 3 * IMD_STEP, correlation: 1, count: 3 },
      346,
    );
    const scores = layout.yTicks.map((t) => t.value);
    expect(scores[0]).toBeLessThanOrEqual(70);
    expect(scores.at(-1)).toBeGreaterThanOrEqual(100);
    expect(layout.segment?.y1).toBeLessThanOrEqual(layout.plot.bottom);
    expect(layout.segment?.y2).toBeGreaterThanOrEqual(layout.plot.top);
  });
});

describe('the deprivation scatter drawing', () => {
  it('draws a dot per system, the line, the axis numbers and the axis title', () => {
    const layout = deprivationLayout(
      rows,
      { intercept: 76, slope: 0.4 * IMD_STEP, correlation: 1, count: 3 },
      346,
    );
    const svg = render(<DeprivationScatterSvg layout={layout} />).container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 346 320');
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect(svg.querySelectorAll('line[stroke-width="2.5"]')).toHaveLength(1);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      ...layout.xTicks.map((t) => String(t.value)),
      'IMD score (more deprived →)',
      ...layout.yTicks.map((t) => String(t.value)),
    ]);
  });
});
