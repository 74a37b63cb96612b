import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SECONDARY_INK } from '../../domain/charts/chart-theme';
import { scoreScale } from './chart-scale';
import { seriesStyle } from './chart-series-styles';
import { TrendChartDrawing, TrendChartSvg } from './trend-chart-drawing';
import type { TrendChartSeries } from './trend-chart-drawing';

// The system misses 2025-Q2 and England ends at it. Every value is 70 or more, so the axis runs
// 50 to 100 (chart-scale.ts): y = 282 - (value - 50) / 50 * 258, from 24 at 100 to 282 at 50.
const SERIES: TrendChartSeries[] = [
  {
    key: 'system',
    label: 'Cheshire and Merseyside',
    emphasis: true,
    points: [
      { period: '2025-Q1', value: 80 },
      { period: '2025-Q2', value: null },
      { period: '2025-Q3', value: 90 },
    ],
  },
  {
    key: 'england',
    label: 'England',
    points: [
      { period: '2025-Q1', value: 70 },
      { period: '2025-Q2', value: 75 },
    ],
  },
];
const MARKER = { period: '2025-Q2', label: 'Area changed' };

function drawn(width = 400) {
  const scale = scoreScale(SERIES.flatMap((s) => s.points.map((p) => p.value)));
  const { container } = render(
    <TrendChartSvg series={SERIES} marker={MARKER} scale={scale} width={width} />,
  );
  return container.querySelector('svg')!;
}

describe('the trend chart drawing', () => {
  it('draws the quarters, the score axis and the marker label', () => {
    const svg = drawn();
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 320');
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
      'Area changed',
    ]);
    // The last quarter's label is moved left to end at the drawing's edge (54.474 px wide).
    const last = [...svg.querySelectorAll('text')][2]!;
    expect(Number(last.getAttribute('x'))).toBeCloseTo(372.763, 3);
    expect(last.getAttribute('font-size')).toBe('14');
  });

  it('draws the lines last to first, broken at a gap, the first thicker', () => {
    // Quarters at 40, 212 and 384 px across the 344 px plot.
    const paths = [...drawn().querySelectorAll('path')];
    expect(paths.map((path) => path.getAttribute('d'))).toEqual([
      'M40,178.8L212,153',
      'M40,127.2M384,75.6',
    ]);
    expect(paths.map((path) => path.getAttribute('stroke-width'))).toEqual(['2', '4']);
    expect(paths[0]!.getAttribute('stroke-dasharray')).toBe(seriesStyle(1).dash);
    expect(paths[1]!.getAttribute('stroke-dasharray')).toBeNull();
  });

  it('puts a dot at each line’s last value', () => {
    const dots = [...drawn().querySelectorAll('circle')];
    expect(dots.map((dot) => [dot.getAttribute('cx'), dot.getAttribute('cy')])).toEqual([
      ['384', '75.6'],
      ['212', '153'],
    ]);
    expect(dots.map((dot) => dot.getAttribute('fill'))).toEqual([
      seriesStyle(0).colour,
      seriesStyle(1).colour,
    ]);
  });

  it('keeps a marker label at the last quarter inside the drawing', () => {
    const scale = scoreScale(SERIES.flatMap((s) => s.points.map((p) => p.value)));
    const { container } = render(
      <TrendChartSvg
        series={SERIES}
        marker={{ period: '2025-Q3', label: 'Area changed' }}
        scale={scale}
        width={400}
      />,
    );
    const label = [...container.querySelectorAll('text')].at(-1)!;
    expect(label.textContent).toBe('Area changed');
    // Its rule is at the plot's right edge, 384 px; centred there the label (96.292 px by
    // estimate) would run 32 px off the drawing, as recharts' did: it ends at the edge instead.
    expect(Number(label.getAttribute('x'))).toBeCloseTo(400 - 96.292 / 2, 3);
  });

  it('draws the marker as a dashed rule up the plot from the axis at its quarter', () => {
    const rule = drawn().querySelector(`line[stroke="${SECONDARY_INK}"]`)!;
    expect(rule.getAttribute('stroke-dasharray')).toBe('3 3');
    expect([rule.getAttribute('x1'), rule.getAttribute('y1'), rule.getAttribute('y2')]).toEqual([
      '212',
      '282',
      '24',
    ]);
  });

  it('holds its height until its width is known, with the end labels placed beside it', () => {
    const { container } = render(<TrendChartDrawing series={SERIES} marker={MARKER} />);
    const chart = container.firstElementChild as HTMLElement;
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const plot = chart.querySelector<HTMLElement>('.app-trend-chart__plot')!;
    expect(plot.style.height).toBe('320px');
    expect(container.querySelector('svg:not(.app-line-sample)')).toBeNull();
    // The labels at the lines' ends, 75.6 and 153 px down, as shares of 320 px.
    const labels = [...container.querySelectorAll<HTMLElement>('.app-trend-chart__label')];
    expect(labels.map((label) => label.style.top)).toEqual(['23.625%', '47.8125%']);
    expect(labels.map((label) => label.textContent)).toEqual([
      'Cheshire and Merseyside90',
      'England75',
    ]);
  });

  it('draws the axes and no line when no series has a value', () => {
    const empty = [{ key: 'a', label: 'A', points: [{ period: '2025-Q1', value: null }] }];
    const { container } = render(
      <TrendChartSvg series={empty} scale={scoreScale([])} width={300} />,
    );
    expect(container.querySelectorAll('path')).toHaveLength(0);
    expect(container.querySelectorAll('circle')).toHaveLength(0);
    expect(container.querySelectorAll('text')).toHaveLength(6);
  });
});
