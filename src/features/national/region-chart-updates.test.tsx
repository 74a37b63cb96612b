import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RegionRow } from '../../domain/charts/region-rows';
import { renderApp } from '../../testing/render-app';

/** Every render of the region chart's drawing, with the rows it was given. */
const drawn = vi.hoisted(() => [] as (readonly RegionRow[])[]);

vi.mock('../../components/charts/region-bar-chart', () => ({
  RegionBarChart: ({ rows }: { rows: readonly RegionRow[] }) => {
    drawn.push(rows);
    return null;
  },
}));

async function mapNamed(name: RegExp) {
  return screen.findByRole('group', { name });
}

describe('the region chart on a change of quarter or metric (issue 15)', () => {
  it('is not redrawn when the metric changes: its rows are the quarter’s, not the metric’s', async () => {
    renderApp('/');
    await mapNamed(/^Readiness by system, /);
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const before = drawn.length;
    const rows = drawn.at(-1);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'standard:bars');
    await mapNamed(/^Booking and Referral Standard score by system, /);
    // A later task could still redraw it: wait past one.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drawn.length).toBe(before);
    expect(drawn.at(-1)).toBe(rows);
  });

  it('follows a change of quarter, with that quarter’s rows and sentence', async () => {
    drawn.length = 0;
    renderApp('/');
    await mapNamed(/^Readiness by system, /);
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const rows = drawn.at(-1);
    await userEvent.click(screen.getByRole('button', { name: 'Previous quarter' }));
    await mapNamed(/^Readiness by system, January to March 2026/);
    await waitFor(() => expect(drawn.at(-1)).not.toBe(rows));
    expect(
      await screen.findByText('Overall readiness, population-weighted, January to March 2026'),
    ).toBeInTheDocument();
  });
});
