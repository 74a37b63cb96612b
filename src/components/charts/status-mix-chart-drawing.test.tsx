import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StatusMixRow } from '../../domain/tables/standard-detail';
import { STATUS_COLOURS } from './status-palette';
import {
  StatusMixChartDrawing,
  StatusMixSvg,
  statusMixBarTitle,
  statusMixTicks,
} from './status-mix-chart-drawing';

type Counts = Partial<
  Pick<StatusMixRow, 'not-started' | 'planned' | 'piloting' | 'partial' | 'live'>
>;

function row(label: string, counts: Counts): StatusMixRow {
  const full = { 'not-started': 0, planned: 0, piloting: 0, partial: 0, live: 0, ...counts };
  const reported = Object.values(full).reduce((sum, count) => sum + count, 0);
  return { period: label, label, reported, ...full };
}

describe('statusMixTicks', () => {
  // The counts axes recharts drew for these tallest bars: whole numbers, five ticks from 0.
  it.each([
    [0, [0, 1, 2, 3, 4]],
    [7, [0, 2, 4, 6, 8]],
    [9, [0, 3, 6, 9, 12]],
    [40, [0, 10, 20, 30, 40]],
  ])('the tallest bar %i gives %j', (tallest, ticks) => {
    expect(statusMixTicks([row('A', { live: 0 }), row('B', { planned: tallest })])).toEqual(ticks);
  });
});

describe('statusMixBarTitle', () => {
  it('names the quarter and each status in stack order, live first', () => {
    expect(statusMixBarTitle(row('Jul–Sep 2026', { live: 3, planned: 1 }))).toBe(
      'Jul–Sep 2026\nLive: 3\nPartly live: 0\nPiloting: 0\nPlanned: 1\nNot started: 0',
    );
  });
});

describe('the status mix drawing', () => {
  // 300 px: plot 40 to 292 across, 282 up to 8; three 84 px bands with a 67 px bar 8.4 px in;
  // ticks 0 to 8, 34.25 px a system.
  const rows = [
    row('Jan–Mar 2026', { live: 2, partial: 1 }),
    row('Apr–Jun 2026', {}),
    row('Jul–Sep 2026', { live: 1, 'not-started': 4 }),
  ];

  it('draws shown quarters, the counts axis and its title', () => {
    const { container } = render(<StatusMixSvg rows={rows} width={300} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 300 320');
    // The middle label (93.8 px) would come within 16 px of the first: left out.
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual([
      'Jan–Mar 2026',
      'Jul–Sep 2026',
      '0',
      '2',
      '4',
      '6',
      '8',
      'Systems',
    ]);
    const title = svg.querySelector('text:last-of-type')!;
    expect(title.getAttribute('transform')).toBe('rotate(-90, 5, 145)');
  });

  it('stacks each quarter with systems from live up, and draws no bar for an empty quarter', () => {
    const { container } = render(<StatusMixSvg rows={rows} width={300} />);
    const bars = [...container.querySelectorAll('g.app-status-chart__bar')];
    expect(bars.map((bar) => bar.querySelector('title')?.textContent?.split('\n')[0])).toEqual([
      'Jan–Mar 2026',
      'Jul–Sep 2026',
    ]);
    const segments = (bar: Element) =>
      [...bar.querySelectorAll('path')].map((path) =>
        ['d', 'fill', 'stroke', 'stroke-width'].map((name) => path.getAttribute(name)),
      );
    expect(segments(bars[0]!)).toEqual([
      ['M 48.4,213.5 h 67 v 68.5 h -67 Z', STATUS_COLOURS.live, '#425563', '1'],
      ['M 48.4,179.25 h 67 v 34.25 h -67 Z', STATUS_COLOURS.partial, '#425563', '1'],
    ]);
    expect(segments(bars[1]!)).toEqual([
      ['M 216.4,247.75 h 67 v 34.25 h -67 Z', STATUS_COLOURS.live, '#425563', '1'],
      ['M 216.4,110.75 h 67 v 137 h -67 Z', STATUS_COLOURS['not-started'], '#425563', '1'],
    ]);
  });

  it('draws a grid line at each tick and the two axis lines', () => {
    const { container } = render(<StatusMixSvg rows={rows} width={300} />);
    const lines = [...container.querySelectorAll('line')].map((line) =>
      ['x1', 'x2', 'y1', 'y2', 'stroke'].map((name) => line.getAttribute(name)).join(' '),
    );
    expect(lines.slice(0, 7)).toEqual([
      '40 292 282 282 #d8dde0',
      '40 292 213.5 213.5 #d8dde0',
      '40 292 145 145 #d8dde0',
      '40 292 76.5 76.5 #d8dde0',
      '40 292 8 8 #d8dde0',
      '40 292 282 282 #666',
      '40 40 8 282 #666',
    ]);
    // Then a 6 px tick mark left of the axis at each tick.
    expect(lines.slice(7)).toHaveLength(5);
    expect(lines[7]).toBe('34 40 282 282 #666');
  });

  it('holds its height under the legend, hidden from assistive technology, until its width is known', () => {
    const { container } = render(<StatusMixChartDrawing rows={rows} />);
    const hidden = container.querySelector('[aria-hidden="true"]')!;
    expect(hidden.textContent).toContain('Not started');
    const box = hidden.lastElementChild as HTMLElement;
    expect(box.style.height).toBe('320px');
    expect(container.querySelector('svg')).toBeNull();
  });
});
