import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { downloadText } from '../../lib/download';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

// Tested as a reader meets the page: through the app's own routes and providers.
const renderAt = renderApp;

/** The first render loads the page's code, which can take a while in jsdom. */
async function standardsTable() {
  return screen.findByRole('table', { name: /Adoption of each standard/ }, { timeout: 5000 });
}

/** The standard names in the order the table shows them. */
function namesIn(table: HTMLElement): string[] {
  return (
    within(table)
      .getAllByRole('rowheader')
      // The last child skips the label shown when the table stacks on a phone.
      .map((cell) => cell.lastChild?.textContent ?? '')
  );
}

// The minimal feed's latest quarter is April to June 2026 (2026-Q2). Share of systems live:
// NHS Number 2 of 3, e-RS 3 of 3, BaRS 0 of 2. England scores: e-RS 100, NHS Number 97, BaRS 42.
describe('the standards list', () => {
  it('lists every standard, with a summary and a count', async () => {
    renderAt('/standards');
    const table = await standardsTable();
    expect(namesIn(table)).toEqual([
      'Booking and Referral Standard',
      'NHS e-Referral Service',
      'NHS Number',
    ]);
    expect(screen.getByText(/^In April to June 2026, 2 of 3 standards are live/)).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 standards');
    expect(within(table).getByRole('link', { name: 'NHS Number' })).toHaveAttribute(
      'href',
      '/standards/nhs-number',
    );
  });

  it('sorts by a column when its header button is pressed, and reverses on a second press', async () => {
    const user = userEvent.setup();
    const router = renderAt('/standards');
    const table = await standardsTable();
    const header = within(table).getByRole('columnheader', { name: /Systems live/ });
    expect(within(table).getByRole('columnheader', { name: /Standard/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // Numbers start highest first, as in every table of the app.
    await user.click(within(header).getByRole('button', { name: /Systems live/ }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(namesIn(table)).toEqual([
      'NHS e-Referral Service',
      'NHS Number',
      'Booking and Referral Standard',
    ]);
    expect(within(table).getByRole('columnheader', { name: /Standard/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    expect(router.state.location.search).toBe('?sort=live&dir=desc');
    await user.click(within(header).getByRole('button', { name: /Systems live/ }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(namesIn(table)).toEqual([
      'Booking and Referral Standard',
      'NHS Number',
      'NHS e-Referral Service',
    ]);
    expect(router.state.location.search).toBe('?sort=live'); // ascending is the default: left out;
  });

  it('narrows the rows and the count by category, and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const router = renderAt('/standards');
    const table = await standardsTable();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), [
      'Transfers of care',
    ]);
    expect(namesIn(table)).toEqual(['Booking and Referral Standard', 'NHS e-Referral Service']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 3 standards');
    expect(router.state.location.search).toBe('?category=transfers');
  });

  it('finds standards by words in the name', async () => {
    const user = userEvent.setup();
    const router = renderAt('/standards');
    const table = await standardsTable();
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'referral');
    expect(namesIn(table)).toEqual(['Booking and Referral Standard', 'NHS e-Referral Service']);
    expect(router.state.location.search).toBe('?q=referral');
  });

  it('restores the sort and filters from the URL', async () => {
    renderAt('/standards?sort=mean&dir=desc&category=transfers');
    const table = await standardsTable();
    expect(namesIn(table)).toEqual(['NHS e-Referral Service', 'Booking and Referral Standard']);
    expect(within(table).getByRole('columnheader', { name: /England score/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveValue('transfers');
  });

  it('says when nothing matches, and clears the filters on request', async () => {
    const user = userEvent.setup();
    renderAt('/standards?category=identity&q=booking');
    expect(await screen.findByText(/No standards match/, {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 3 standards');
    await user.click(screen.getByRole('button', { name: 'Clear the category and search' }));
    expect(namesIn(await standardsTable())).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('');
  });

  it('downloads exactly the rows shown as CSV', async () => {
    const user = userEvent.setup();
    renderAt('/standards?category=transfers&sort=live&dir=desc');
    await standardsTable();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [fileName, csv] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('standards-2026-Q2.csv');
    const lines = (csv ?? '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2026-Q2,e-rs,NHS e-Referral Service,/);
    expect(lines[2]).toMatch(/^2026-Q2,bars,Booking and Referral Standard,/);
  });
});
