import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../lib/download';
import { renderApp } from '../../../testing/render-app';

vi.mock('../../../lib/download', () => ({ downloadText: vi.fn() }));

/** The first render loads the page's code, which can take a while in jsdom. */
async function systemsTable() {
  return screen.findByRole('table', { name: /^Readiness of each system/ }, { timeout: 5000 });
}

/** The count above the table (the layout has a status region of its own). */
function count() {
  return screen.getByText(/^Showing \d+ of \d+ systems/);
}

/** The short names in the order the table shows them (the link in each row header). */
function namesIn(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);
}

// The minimal feed's latest quarter is April to June 2026 (2026-Q2): West Hills 82.5, East Shore
// 65 and Vale and Shore 90.7 (low confidence, half reported); England 72.6. North Vale ended on
// 31 March 2026.
describe('the systems list', () => {
  it('lists every system of the quarter, with readiness, comparison and a link to its profile', async () => {
    renderApp('/systems');
    const table = await systemsTable();
    expect(count()).toHaveAttribute('role', 'status');
    expect(table).toHaveAccessibleName('Readiness of each system, April to June 2026');
    expect(namesIn(table)).toEqual(['East Shore', 'Vale and Shore', 'West Hills']);
    expect(count()).toHaveTextContent('Showing 3 of 3 systems');
    const westHills = within(table).getByRole('link', { name: 'West Hills' });
    expect(westHills).toHaveAttribute('href', '/systems/S1');
    const row = westHills.closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('83');
    expect(row).toHaveTextContent('Higher');
    const vale = within(table).getByRole('link', { name: 'Vale and Shore' }).closest('tr');
    expect(vale).toHaveTextContent('low confidence (50% reported)');
    // The quarter a year earlier is not in the feed.
    expect(vale).toHaveTextContent('Not enough data');
  });

  it('keeps the ended systems, linked to their profiles', async () => {
    renderApp('/systems');
    await systemsTable();
    const heading = screen.getByRole('heading', { name: 'Systems that have ended' });
    expect(heading).toBeVisible();
    expect(screen.getByRole('link', { name: 'North Vale' })).toHaveAttribute('href', '/systems/S2');
    expect(screen.getByText(/ended 31 March 2026/)).toBeVisible();
  });

  it('finds systems by code, and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    const router = renderApp('/systems');
    const table = await systemsTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search systems' }), 's3');
    expect(namesIn(table)).toEqual(['East Shore']);
    expect(count()).toHaveTextContent('Showing 1 of 3 systems');
    expect(router.state.location.search).toBe('?q=s3');
  });

  it('filters by region, and restores search and region from the URL', async () => {
    const user = userEvent.setup();
    const router = renderApp('/systems?q=shore');
    const table = await systemsTable();
    expect(namesIn(table)).toEqual(['East Shore', 'Vale and Shore']);
    expect(screen.getByRole('searchbox', { name: 'Search systems' })).toHaveValue('shore');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), ['North']);
    expect(namesIn(table)).toEqual(['Vale and Shore']);
    expect(new URLSearchParams(router.state.location.search).get('region')).toBe('R1');
  });

  it('sorts by readiness from the column header', async () => {
    const user = userEvent.setup();
    renderApp('/systems');
    const table = await systemsTable();
    const header = within(table).getByRole('columnheader', { name: /Readiness/ });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(namesIn(table)).toEqual(['Vale and Shore', 'West Hills', 'East Shore']);
  });

  it('says when nothing matches, and clears the search and region on request', async () => {
    const user = userEvent.setup();
    renderApp('/systems?q=nowhere&region=R2');
    expect(await screen.findByText(/No systems match/, {}, { timeout: 5000 })).toBeVisible();
    expect(count()).toHaveTextContent('Showing 0 of 3 systems');
    await user.click(screen.getByRole('button', { name: 'Clear the search and region' }));
    expect(namesIn(await systemsTable())).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Search systems' })).toHaveValue('');
  });

  it('shows an earlier quarter’s systems when the quarter changes', async () => {
    const user = userEvent.setup();
    renderApp('/systems');
    await systemsTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quarter' }), [
      'January to March 2026',
    ]);
    const table = await screen.findByRole('table', {
      name: 'Readiness of each system, January to March 2026',
    });
    expect(namesIn(table)).toEqual(['East Shore', 'North Vale', 'West Hills']);
  });

  it('downloads the rows shown as CSV, every figure in its own column', async () => {
    const user = userEvent.setup();
    renderApp('/systems?region=R1');
    await systemsTable();
    await user.click(screen.getByRole('button', { name: 'Download this table (CSV)' }));
    const [fileName, csv] = vi.mocked(downloadText).mock.calls.at(-1) ?? [];
    expect(fileName).toBe('systems-2026-Q2.csv');
    const lines = (csv ?? '')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Code,System,Full name,Region,Readiness (0-100),Share of weight reported (%),Low confidence,Rank,Best plausible rank,Worst plausible rank,Change over the year (points),Change uses rebased figures,Compared with England',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^S1,West Hills,NHS West Hills Integrated Care Board,North,82.5,100,no,2,/,
    );
    expect(lines[2]).toMatch(/^S4,Vale and Shore,.*,90.7,50,yes,/);
  });
});
