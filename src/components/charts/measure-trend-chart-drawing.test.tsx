import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SECONDARY_INK, WHITE } from '../../domain/charts/chart-theme';
import { seriesStyle } from './chart-series-styles';
import { MeasureTrendChartDrawing, MeasureTrendChartSvg } from './measure-trend-chart-drawing';
import type { MeasureTrendChartProps } from './measure-trend-chart-drawing';

// An estimate for October, the nation for two months, the system's own figure from December.
// The largest value, 40, gives recharts' ticks 0 to 40 by 10: y = 222 - value / 40 * 202.
const PROPS: MeasureTrendChartProps = {
  rows: [
    { period: '2025-10', label: 'Oct 2025', own: null, estimated: 10, national: 20 },
    { period: '2025-11', label: 'Nov 2025', own: null, estimated: null, national: 30 },
    { period: '2025-12', label: 'Dec 2025', own: 40, estimated: null, national: null },
  ],
  names: { own: 'Thames Valley', estimated: 'Thames Valley (estimated)', national: 'England' },
  unit: 'per 1,000 people',
  formatTick: (value) => `${value}k`,
  change: { label: 'Nov 2025', text: 'Began' },
};

function drawn(props: MeasureTrendChartProps = PROPS) {
  const { container } = render(<MeasureTrendChartSvg {...props} width={300} />);
  return container.querySelector('svg')!;
}

describe('the measure trend drawing', () => {
  it('draws the months, the zero-based axis in the measure’s words and the change label', () => {
    const svg = drawn();
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 260');
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
      '0k',
      '10k',
      '20k',
      '30k',
      '40k',
      'Began',
    ]);
    expect(
      [...svg.querySelectorAll('text')].every((text) => text.getAttribute('font-size') === '13'),
    ).toBe(true);
  });

  it('draws the nation, the estimate and the system, each broken where it has no value', () => {
    // Months at 56, 170 and 284 px across the 228 px plot.
    const paths = [...drawn().querySelectorAll('path')];
    expect(paths.map((path) => path.getAttribute('d'))).toEqual([
      'M56,121L170,70.5',
      'M56,171.5',
      'M284,20',
    ]);
    expect(paths.map((path) => path.getAttribute('stroke-dasharray'))).toEqual([
      seriesStyle(1).dash,
      '2 4',
      null,
    ]);
    expect(paths.map((path) => path.getAttribute('stroke-width'))).toEqual(['2', '3', '3']);
  });

  it('puts a dot on every value, hollow on the estimate', () => {
    const dots = [...drawn().querySelectorAll('circle')];
    expect(dots.map((dot) => [dot.getAttribute('cx'), dot.getAttribute('cy')])).toEqual([
      ['56', '121'],
      ['170', '70.5'],
      ['56', '171.5'],
      ['284', '20'],
    ]);
    expect(dots.map((dot) => dot.getAttribute('fill'))).toEqual([
      seriesStyle(1).colour,
      seriesStyle(1).colour,
      WHITE,
      seriesStyle(0).colour,
    ]);
  });

  it('draws the change as a dashed rule at its month', () => {
    const rule = drawn().querySelector(`line[stroke="${SECONDARY_INK}"]`)!;
    expect(rule.getAttribute('stroke-dasharray')).toBe('3 3');
    expect(rule.getAttribute('x1')).toBe('170');
  });

  it('leaves the estimate out, line and scale, when the system has none', () => {
    const svg = drawn({
      ...PROPS,
      rows: PROPS.rows.map((row) => ({ ...row, estimated: row.estimated && 80 })),
      names: { ...PROPS.names, estimated: null },
      change: null,
    });
    expect(svg.querySelectorAll('path')).toHaveLength(2);
    expect([...svg.querySelectorAll('text')].at(-1)?.textContent).toBe('40k');
  });

  it('draws the axes alone with no rows', () => {
    const svg = drawn({ ...PROPS, rows: [], change: null });
    expect(svg.querySelectorAll('path')).toHaveLength(0);
    expect(svg.querySelectorAll('circle')).toHaveLength(0);
  });

  it('holds its height until its width is known, with the unit above and the key below', () => {
    const { container } = render(<MeasureTrendChartDrawing {...PROPS} />);
    const chart = container.firstElementChild as HTMLElement;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    expect(chart.querySelector('p')?.textContent).toBe('per 1,000 people');
    const box = chart.querySelector('p')!.nextElementSibling as HTMLElement;
    expect(box.style.height).toBe('260px');
    expect(box.querySelector('svg')).toBeNull();
    expect([...chart.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Thames Valley',
      'Thames Valley (estimated)',
      'England',
    ]);
  });
});
