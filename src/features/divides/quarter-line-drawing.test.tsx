import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NHS_BLUE } from '../../domain/charts/chart-theme';
import { REGIONAL_FRAME, SMALL_MULTIPLE_FRAME } from '../../domain/divides/quarter-line-layout';
import type { LineFrame } from '../../domain/divides/quarter-line-layout';
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

describe('the quarter line drawing as markup', () => {
  // Fixed, hand-made data and frame, so a refactor of the drawing must leave its markup the same
  // to the byte; 200 px for six quarters leaves some quarters' labels out.
  const frame: LineFrame = {
    height: 180,
    margin: { top: 10, right: 20, bottom: 6, left: 0 },
    yAxisWidth: 40,
  };
  const svgWith = (reference?: { value: number; label: string }) =>
    renderToStaticMarkup(
      <QuarterLineSvg
        points={quarters([2, 3.5, null, 5, 7.25, 6])}
        ticks={[0, 2.5, 5, 7.5]}
        formatTick={(v) => `${v} pts`}
        frame={frame}
        colour="#123456"
        strokeWidth={2}
        dotRadius={3}
        reference={reference}
        width={200}
      />,
    );

  it('draws the same markup (one element a line, to read)', () => {
    const svg = svgWith({ value: 4, label: 'Target' });
    expect(svg.replaceAll('><', '>\n<')).toMatchInlineSnapshot(`
      "<svg class="app-chart-own-ground" viewBox="0 0 200 180" width="100%" style="display:block;height:auto">
      <line x1="40" x2="180" y1="144" y2="144" stroke="#d8dde0">
      </line>
      <line x1="40" x2="180" y1="99.33333333333334" y2="99.33333333333334" stroke="#d8dde0">
      </line>
      <line x1="40" x2="180" y1="54.66666666666667" y2="54.66666666666667" stroke="#d8dde0">
      </line>
      <line x1="40" x2="180" y1="10" y2="10" stroke="#d8dde0">
      </line>
      <line x1="40" x2="180" y1="72.53333333333333" y2="72.53333333333333" stroke="#212b32" stroke-dasharray="4 3">
      </line>
      <path d="M40,108.27L68,81.47M124,54.67L152,14.47L180,36.8" fill="none" stroke="#123456" stroke-width="2">
      </path>
      <line x1="40" x2="180" y1="144" y2="144" stroke="#666">
      </line>
      <g>
      <line x1="40" x2="40" y1="144" y2="150" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="40" y="152" dy="0.71em" text-anchor="middle">2025-Q1</text>
      </g>
      <g>
      <line x1="68" x2="68" y1="144" y2="150" stroke="#666">
      </line>
      </g>
      <g>
      <line x1="96" x2="96" y1="144" y2="150" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="96" y="152" dy="0.71em" text-anchor="middle">2025-Q3</text>
      </g>
      <g>
      <line x1="124" x2="124" y1="144" y2="150" stroke="#666">
      </line>
      </g>
      <g>
      <line x1="152" x2="152" y1="144" y2="150" stroke="#666">
      </line>
      </g>
      <g>
      <line x1="180" x2="180" y1="144" y2="150" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="176.654" y="152" dy="0.71em" text-anchor="middle">2025-Q6</text>
      </g>
      <line x1="40" x2="40" y1="10" y2="144" stroke="#666">
      </line>
      <g>
      <line x1="34" x2="40" y1="144" y2="144" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="32" y="144" dy="0.355em" text-anchor="end">0 pts</text>
      </g>
      <g>
      <line x1="34" x2="40" y1="99.33333333333334" y2="99.33333333333334" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="32" y="99.33333333333334" dy="0.355em" text-anchor="end">2.5 pts</text>
      </g>
      <g>
      <line x1="34" x2="40" y1="54.66666666666667" y2="54.66666666666667" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="32" y="54.66666666666667" dy="0.355em" text-anchor="end">5 pts</text>
      </g>
      <g>
      <line x1="34" x2="40" y1="10" y2="10" stroke="#666">
      </line>
      <text font-size="12" fill="#212b32" x="32" y="10" dy="0.355em" text-anchor="end">7.5 pts</text>
      </g>
      <circle cx="40" cy="108.26666666666667" r="3" fill="#123456" stroke="#123456" stroke-width="2">
      </circle>
      <circle cx="68" cy="81.46666666666667" r="3" fill="#123456" stroke="#123456" stroke-width="2">
      </circle>
      <circle cx="124" cy="54.66666666666667" r="3" fill="#123456" stroke="#123456" stroke-width="2">
      </circle>
      <circle cx="152" cy="14.466666666666669" r="3" fill="#123456" stroke="#123456" stroke-width="2">
      </circle>
      <circle cx="180" cy="36.8" r="3" fill="#123456" stroke="#123456" stroke-width="2">
      </circle>
      <text x="45" y="77.53333333333333" dy="0.71em" text-anchor="start" fill="#212b32">Target</text>
      </svg>"
    `);
  });

  it('draws the same markup less the dashed line and its label without a reference', () => {
    const dashed = /<line[^>]*stroke-dasharray[^>]*><\/line>/;
    const label = /<text[^>]*>Target<\/text>/;
    expect(svgWith()).toBe(
      svgWith({ value: 4, label: 'Target' }).replace(dashed, '').replace(label, ''),
    );
  });
});
