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
  // refactor of the drawing must leave it the same to the byte.
  const layout: RegionBarLayout = {
    width: 400,
    height: 130,
    plot: { left: 170, right: 350, top: 26, bottom: 106 },
    ticks: [
      { value: 0, x: 170 },
      { value: 50, x: 260 },
      { value: 100, x: 350 },
    ],
    bars: [
      {
        key: 'R1',
        nameLines: ['Midlands and', 'the East'],
        middle: 46,
        barY: 32.5,
        barHeight: 27,
        barWidth: 139.5,
        label: '77.5',
        labelX: 314.5,
      },
      {
        key: 'R2',
        nameLines: ['South West'],
        middle: 86,
        barY: 72.5,
        barHeight: 27,
        barWidth: 0,
        label: 'no data',
        labelX: 175,
      },
    ],
    reference: { x: 300.25, label: 'Nation 72.4', labelX: 301 },
  };
  const svgOf = (drawn: RegionBarLayout) =>
    renderToStaticMarkup(<RegionBarChartDrawing layout={drawn} />);

  it('draws the same markup (one element a line, to read)', () => {
    expect(svgOf(layout).replaceAll('><', '>\n<')).toMatchInlineSnapshot(`
      "<svg class="app-region-bar-chart__svg" viewBox="0 0 400 130" width="100%" style="display:block;height:auto" font-size="16" fill="#212b32">
      <g>
      <line x1="170" x2="170" y1="26" y2="106" stroke="#d8dde0">
      </line>
      <line x1="170" x2="170" y1="106" y2="111" stroke="#4c6272">
      </line>
      <text x="170" y="126" text-anchor="middle">0</text>
      </g>
      <g>
      <line x1="260" x2="260" y1="26" y2="106" stroke="#d8dde0">
      </line>
      <line x1="260" x2="260" y1="106" y2="111" stroke="#4c6272">
      </line>
      <text x="260" y="126" text-anchor="middle">50</text>
      </g>
      <g>
      <line x1="350" x2="350" y1="26" y2="106" stroke="#d8dde0">
      </line>
      <line x1="350" x2="350" y1="106" y2="111" stroke="#4c6272">
      </line>
      <text x="350" y="126" text-anchor="middle">100</text>
      </g>
      <g>
      <text x="162" y="46" text-anchor="end" dominant-baseline="central">
      <tspan x="162" y="38">Midlands and</tspan>
      <tspan x="162" y="54">the East</tspan>
      </text>
      <rect x="170" y="32.5" width="139.5" height="27" fill="#005eb8">
      </rect>
      </g>
      <g>
      <text x="162" y="86" text-anchor="end" dominant-baseline="central">
      <tspan x="162" y="86">South West</tspan>
      </text>
      </g>
      <line x1="300.25" x2="300.25" y1="26" y2="106" stroke="#212b32" stroke-dasharray="4 3">
      </line>
      <text x="301" y="20" text-anchor="middle">Nation 72.4</text>
      <text x="314.5" y="46" dominant-baseline="central" stroke="#ffffff" stroke-width="4" paint-order="stroke">77.5</text>
      <text x="175" y="86" dominant-baseline="central" stroke="#ffffff" stroke-width="4" paint-order="stroke">no data</text>
      <line x1="170" x2="170" y1="26" y2="106" stroke="#4c6272">
      </line>
      <line x1="170" x2="350" y1="106" y2="106" stroke="#4c6272">
      </line>
      </svg>"
    `);
  });

  it('draws the same markup less the dashed line and its label without a national figure', () => {
    const dashed = /<line[^>]*stroke-dasharray[^>]*><\/line>/;
    const label = /<text[^>]*>Nation 72.4<\/text>/;
    expect(svgOf({ ...layout, reference: null })).toBe(
      svgOf(layout).replace(dashed, '').replace(label, ''),
    );
  });
});
