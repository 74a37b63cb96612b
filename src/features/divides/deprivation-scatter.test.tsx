import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IMD_STEP } from '../../domain/divides/deprivation-gradient';
import type { ScatterLayout } from '../../domain/divides/scatter-layout';
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

describe('the deprivation scatter drawing as markup', () => {
  // A hand-made layout, so the markup pins the drawing alone (not the layout's arithmetic): a
  // refactor of the drawing must leave it the same to the byte.
  const layout: ScatterLayout = {
    width: 300,
    height: 320,
    plot: { left: 44, right: 276, top: 16, bottom: 266 },
    xTicks: [
      { value: 10, x: 44, labelX: 50.5 },
      { value: 15, x: 102.125, labelX: null },
      { value: 20, x: 160.25, labelX: 160.25 },
    ],
    yTicks: [
      { value: 78, y: 266 },
      { value: 84, y: 141.5 },
      { value: 90, y: 16 },
    ],
    title: { x: 160, y: 312 },
    dots: [
      { x: 60, y: 200 },
      { x: 150.5, y: 100.25 },
    ],
    segment: { x1: 44, y1: 250, x2: 276, y2: 30.75 },
  };
  const svgOf = (drawn: ScatterLayout) =>
    renderToStaticMarkup(<DeprivationScatterSvg layout={drawn} />);

  it('draws the same markup (one element a line, to read)', () => {
    expect(svgOf(layout).replaceAll('><', '>\n<')).toMatchInlineSnapshot(`
      "<svg class="app-chart-own-ground" viewBox="0 0 300 320" width="100%" style="display:block;height:auto">
      <line x1="44" x2="276" y1="266" y2="266" stroke="#d8dde0">
      </line>
      <line x1="44" x2="276" y1="141.5" y2="141.5" stroke="#d8dde0">
      </line>
      <line x1="44" x2="276" y1="16" y2="16" stroke="#d8dde0">
      </line>
      <line x1="44" x2="44" y1="16" y2="266" stroke="#d8dde0">
      </line>
      <line x1="102.125" x2="102.125" y1="16" y2="266" stroke="#d8dde0">
      </line>
      <line x1="160.25" x2="160.25" y1="16" y2="266" stroke="#d8dde0">
      </line>
      <line x1="44" y1="250" x2="276" y2="30.75" stroke="#d5281b" stroke-width="2.5">
      </line>
      <line x1="44" x2="276" y1="266" y2="266" stroke="#666">
      </line>
      <line x1="44" x2="44" y1="266" y2="272" stroke="#666">
      </line>
      <line x1="102.125" x2="102.125" y1="266" y2="272" stroke="#666">
      </line>
      <line x1="160.25" x2="160.25" y1="266" y2="272" stroke="#666">
      </line>
      <line x1="44" x2="44" y1="16" y2="266" stroke="#666">
      </line>
      <line x1="38" x2="44" y1="266" y2="266" stroke="#666">
      </line>
      <line x1="38" x2="44" y1="141.5" y2="141.5" stroke="#666">
      </line>
      <line x1="38" x2="44" y1="16" y2="16" stroke="#666">
      </line>
      <circle cx="60" cy="200" r="4.51351666838205" fill="#005eb8">
      </circle>
      <circle cx="150.5" cy="100.25" r="4.51351666838205" fill="#005eb8">
      </circle>
      <text font-size="12" fill="#212b32" x="50.5" y="274" dy="0.71em" text-anchor="middle">10</text>
      <text font-size="12" fill="#212b32" x="160.25" y="274" dy="0.71em" text-anchor="middle">20</text>
      <text x="160" y="312" text-anchor="middle" fill="#212b32">IMD score (more deprived →)</text>
      <text font-size="12" fill="#212b32" x="36" y="266" dy="0.355em" text-anchor="end">78</text>
      <text font-size="12" fill="#212b32" x="36" y="141.5" dy="0.355em" text-anchor="end">84</text>
      <text font-size="12" fill="#212b32" x="36" y="16" dy="0.355em" text-anchor="end">90</text>
      </svg>"
    `);
  });

  it('draws the same markup less the line and the dots when it has none', () => {
    const fitted = /<line[^>]*stroke-width="2.5"[^>]*><\/line>/;
    const dots = /<circle[^>]*><\/circle>/g;
    expect(svgOf({ ...layout, dots: [], segment: null })).toBe(
      svgOf(layout).replace(fitted, '').replaceAll(dots, ''),
    );
  });
});
