import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { areaForKey } from '../../domain/charts/area-navigation';
import { HexMap } from './hex-map';
import type { HexMapArea } from './hex-map';

function area(code: string, cx: number, cy: number): HexMapArea {
  return {
    code,
    label: `${code}: readiness 50 of 100, similar to England`,
    hexIds: [code],
    hexes: [`${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5}`],
    outline: `M${cx},${cy - 5}L${cx + 5},${cy}L${cx},${cy + 5}Z`,
    cx,
    cy,
    fill: '#41b6c4',
    hatched: code === 'West',
    hatchStroke: '#ffffff',
    shape: null,
    tooltipTitle: code,
    tooltipLines: ['Value: 50 of 100'],
  };
}

const areas = [
  area('West', 10, 20),
  area('Middle', 30, 20),
  area('East', 50, 20),
  area('North', 30, 5),
];

function renderMap(onActivate = vi.fn()) {
  render(
    <>
      <p id="summary">A test map.</p>
      <HexMap
        title="Readiness by system"
        summaryId="summary"
        width={60}
        height={30}
        areas={areas}
        regionOutlines={[]}
        moveFrom={(code, key) => areaForKey(areas, code, key)}
        onActivate={onActivate}
      />
    </>,
  );
  return onActivate;
}

describe('HexMap', () => {
  it('names the map and every area', () => {
    renderMap();
    expect(screen.getByRole('group', { name: 'Readiness by system' })).toHaveAccessibleDescription(
      'A test map.',
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual(
      areas.map((item) => item.label),
    );
  });

  it('is one tab stop, moves with the arrow keys and opens an area with Enter', async () => {
    const onActivate = renderMap();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /^West:/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: /^Middle:/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('link', { name: /^North:/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('link', { name: /^North:/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onActivate).toHaveBeenCalledWith('North');
    expect(screen.getAllByRole('link').filter((link) => link.tabIndex === 0)).toHaveLength(1);
    await userEvent.tab();
    expect(document.body).toHaveFocus();
  });

  it('moves to the first and last area with Home and End, and keeps the page where it is', async () => {
    renderMap();
    await userEvent.tab();
    const keys: [string, boolean][] = [];
    document.addEventListener('keydown', (event) => keys.push([event.key, event.defaultPrevented]));
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('link', { name: /^East:/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('link', { name: /^North:/ })).toHaveFocus();
    // Not prevented, the browser would also scroll the page to its end or top.
    expect(keys).toEqual([
      ['End', true],
      ['Home', true],
    ]);
  });

  it('shows a tooltip on focus and opens an area on click', async () => {
    const onActivate = renderMap();
    await userEvent.click(screen.getByRole('link', { name: /^East:/ }));
    expect(onActivate).toHaveBeenCalledWith('East');
    expect(screen.getByText('Value: 50 of 100')).toBeInTheDocument();
  });

  it('hatches a low-confidence area with the line colour its model chose', () => {
    renderMap();
    const west = screen.getByRole('link', { name: /^West:/ });
    const hatch = west.querySelector('polygon[fill^="url("]');
    const id = /^url\(#(.+)\)$/.exec(hatch?.getAttribute('fill') ?? '')?.[1] ?? '';
    expect(document.getElementById(id)?.querySelector('line')?.getAttribute('stroke')).toBe(
      '#ffffff',
    );
    const middle = screen.getByRole('link', { name: /^Middle:/ });
    expect(middle.querySelector('polygon[fill^="url("]')).toBeNull();
  });

  it('draws the focus rings in the focused area and the one under the pointer only', async () => {
    renderMap();
    const rings = (name: RegExp) =>
      screen.getByRole('link', { name }).querySelectorAll('.app-hex-focus').length;
    expect(document.querySelectorAll('.app-hex-focus')).toHaveLength(0);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: /^West:/ })).toHaveFocus();
    expect(rings(/^West:/)).toBe(2);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: /^Middle:/ })).toHaveFocus();
    expect([rings(/^West:/), rings(/^Middle:/)]).toEqual([0, 2]);
    // Hovering another area rings it too; the focused one keeps its rings.
    await userEvent.hover(screen.getByRole('link', { name: /^East:/ }));
    expect([rings(/^Middle:/), rings(/^East:/)]).toEqual([2, 2]);
    expect(screen.getByRole('link', { name: /^Middle:/ })).toHaveFocus();
    await userEvent.unhover(screen.getByRole('link', { name: /^East:/ }));
    expect(document.querySelectorAll('.app-hex-focus')).toHaveLength(2);
  });
});
