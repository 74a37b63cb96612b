import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { regionBarLayout } from '../../domain/charts/region-bar-layout';
import type { RegionBarLayout } from '../../domain/charts/region-bar-layout';
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

describe('the region bar chart drawing as markup', () => {
  // A hand-made layout, so the markup pins the drawing alone (not the layout's arithmetic): a
  // refactor of the drawing must leave it the same to the byte. One element a line, to read.
  const layout: RegionBarLayout = {
    width: 400,
    height: 128,
    plot: { left: 178, right: 352, top: 24, bottom: 104 },
    ticks: [
      { value: 0, x: 178 },
      { value: 50, x: 265 },
      { value: 100, x: 352 },
    ],
    bars: [
      {
        key: 'A',
        nameLines: ['North East and', 'Yorkshire'],
        middle: 44,
        barY: 30,
        barHeight: 28,
        barWidth: 139.2,
        label: '80',
        labelX: 322.2,
      },
      {
        key: 'B',
        nameLines: ['London'],
        middle: 84,
        barY: 70,
        barHeight: 28,
        barWidth: 0,
        label: 'no data',
        labelX: 183,
      },
    ],
    reference: { x: 308.5, label: 'England 75', labelX: 308.5 },
  };
  const markup = (drawn: RegionBarLayout) =>
    renderToStaticMarkup(<RegionBarChartDrawing layout={drawn} />).replaceAll('><', '>\n<');

  it('draws the same markup with a national line', () => {
    expect(markup(layout)).toMatchInlineSnapshot(`
      "<svg class="app-region-bar-chart__svg" viewBox="0 0 400 128" width="100%" style="display:block;height:auto" font-size="16" fill="#212b32">
      <g>
      <line x1="178" x2="178" y1="24" y2="104" stroke="#d8dde0">
      </line>
      <line x1="178" x2="178" y1="104" y2="109" stroke="#4c6272">
      </line>
      <text x="178" y="124" text-anchor="middle">0</text>
      </g>
      <g>
      <line x1="265" x2="265" y1="24" y2="104" stroke="#d8dde0">
      </line>
      <line x1="265" x2="265" y1="104" y2="109" stroke="#4c6272">
      </line>
      <text x="265" y="124" text-anchor="middle">50</text>
      </g>
      <g>
      <line x1="352" x2="352" y1="24" y2="104" stroke="#d8dde0">
      </line>
      <line x1="352" x2="352" y1="104" y2="109" stroke="#4c6272">
      </line>
      <text x="352" y="124" text-anchor="middle">100</text>
      </g>
      <g>
      <text x="170" y="44" text-anchor="end" dominant-baseline="central">
      <tspan x="170" y="36">North East and</tspan>
      <tspan x="170" y="52">Yorkshire</tspan>
      </text>
      <rect x="178" y="30" width="139.2" height="28" fill="#005eb8">
      </rect>
      </g>
      <g>
      <text x="170" y="84" text-anchor="end" dominant-baseline="central">
      <tspan x="170" y="84">London</tspan>
      </text>
      </g>
      <line x1="308.5" x2="308.5" y1="24" y2="104" stroke="#212b32" stroke-dasharray="4 3">
      </line>
      <text x="308.5" y="18" text-anchor="middle">England 75</text>
      <text x="322.2" y="44" dominant-baseline="central" stroke="#ffffff" stroke-width="4" paint-order="stroke">80</text>
      <text x="183" y="84" dominant-baseline="central" stroke="#ffffff" stroke-width="4" paint-order="stroke">no data</text>
      <line x1="178" x2="178" y1="24" y2="104" stroke="#4c6272">
      </line>
      <line x1="178" x2="352" y1="104" y2="104" stroke="#4c6272">
      </line>
      </svg>"
    `);
  });

  it('draws the same markup without one', () => {
    expect(markup({ ...layout, reference: null })).toMatchInlineSnapshot(`
      "<svg class="app-region-bar-chart__svg" viewBox="0 0 400 128" width="100%" style="display:block;height:auto" font-size="16" fill="#212b32">
      <g>
      <line x1="178" x2="178" y1="24" y2="104" stroke="#d8dde0">
      </line>
      <line x1="178" x2="178" y1="104" y2="109" stroke="#4c6272">
      </line>
      <text x="178" y="124" text-anchor="middle">0</text>
      </g>
      <g>
      <line x1="265" x2="265" y1="24" y2="104" stroke="#d8dde0">
      </line>
      <line x1="265" x2="265" y1="104" y2="109" stroke="#4c6272">
      </line>
      <text x="265" y="124" text-anchor="middle">50</text>
      </g>
      <g>
      <line x1="352" x2="352" y1="24" y2="104" stroke="#d8dde0">
      </line>
      <line x1="352" x2="352" y1="104" y2="109" stroke="#4c6272">
      </line>
      <text x="352" y="124" text-anchor="middle">100</text>
      </g>
      <g>
      <text x="170" y="44" text-anchor="end" dominant-baseline="central">
      <tspan x="170" y="36">North East and</tspan>
      <tspan x="170" y="52">Yorkshire</tspan>
      </text>
      <rect x="178" y="30" width="139.2" height="28" fill="#005eb8">
      </rect>
      </g>
      <g>
      <text x="170" y="84" text-anchor="end" dominant-baseline="central">
      <tspan x="170" y="84">London</tspan>
      </text>
      </g>
      <text x="322.2" y="44" dominant-baseline="central" stroke="#ffffff" stroke-width="4" paint-order="stroke">80</text>
      <text x="183" y="84" dominant-baseline="central" stroke="#ffffff" stroke-width="4" paint-order="stroke">no data</text>
      <line x1="178" x2="178" y1="24" y2="104" stroke="#4c6272">
      </line>
      <line x1="178" x2="352" y1="104" y2="104" stroke="#4c6272">
      </line>
      </svg>"
    `);
  });
});
