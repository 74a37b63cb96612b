import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { regionBarLayout } from '../../domain/charts/region-bar-layout';
import { RegionBarChartDrawing } from './region-bar-chart-drawing';

const draw = (england: number | null) =>
  render(
    <RegionBarChartDrawing
      layout={regionBarLayout(
        [
          { code: 'A', name: 'North East and Yorkshire', value: 80 },
          { code: 'B', name: 'London', value: null },
        ],
        england,
        'England',
        426,
      )}
    />,
  ).container;

describe('the region bar chart drawing', () => {
  it('draws a bar per scored region, names, scores, axis numbers and the national line', () => {
    const svg = draw(75).querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toBe('0 0 426 128');
    expect([...svg!.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      '0',
      '25',
      '50',
      '75',
      '100',
      'North East andYorkshire',
      'London',
      'England 75',
      '80',
      'no data',
    ]);
    const bars = [...svg!.querySelectorAll('rect')];
    expect(bars.map((bar) => bar.getAttribute('width'))).toEqual(['160']);
    expect(svg!.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
  });

  it('draws no national line without a national figure', () => {
    const svg = draw(null).querySelector('svg');
    expect(svg!.querySelectorAll('line[stroke-dasharray]')).toHaveLength(0);
    expect(svg!.textContent).not.toContain('England');
  });
});
