import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

/** The first render loads the page's code and recharts, which can take a while in jsdom. */
const LOADING = { timeout: 5000 };

// Tested as a reader meets the page: through the app's own routes and providers.
const renderAt = renderApp;

/** Each body row of a table as its cells' text, the row header first. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      // The last child skips the heading that labels each value when the table stacks on a phone.
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.lastChild?.textContent ?? '',
      ),
    );
}

// BaRS in the minimal feed. 2025-Q4: West Hills planned, East Shore not started. 2026-Q1: West
// Hills piloting, North Vale and East Shore planned. 2026-Q2: West Hills partial at 50% (score
// 65), East Shore piloting with no coverage given (30), Vale and Shore did not report.
describe('the page of a standard', () => {
  it('names the standard, its category and what adoption means', async () => {
    renderAt('/standards/bars');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Booking and Referral Standard' },
        LOADING,
      ),
    ).toBeVisible();
    expect(screen.getByText('Transfers of care')).toBeVisible();
    expect(
      screen.getByText('BaRS used for booking and referral between services.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'England, April to June 2026' })).toBeVisible();
  });

  it('summarises the status mix in its frame, with the numbers in the Table tab', async () => {
    const user = userEvent.setup();
    renderAt('/standards/bars');
    const frame = await screen.findByRole('region', { name: 'Adoption over time' }, LOADING);
    expect(
      within(frame).getByText('Live in 0 of the 2 systems that reported in April to June 2026.'),
    ).toBeInTheDocument();
    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    const table = await screen.findByRole('table', {
      name: 'Systems by adoption status of Booking and Referral Standard',
    });
    expect(rowsOf(table)).toEqual([
      ['October to December 2025', '1', '1', '0', '0', '0', '2'],
      ['January to March 2026', '0', '2', '1', '0', '0', '3'],
      ['April to June 2026', '0', '0', '1', '1', '0', '2'],
    ]);
  });

  it('shows who leads and who lags, with status and coverage', async () => {
    renderAt('/standards/bars');
    const leaders = await screen.findByRole('table', { name: 'Highest scores' }, LOADING);
    expect(rowsOf(leaders)).toEqual([['West Hills', '65', 'Partly live', '50%']]);
    expect(within(leaders).getByRole('link', { name: 'West Hills' })).toHaveAttribute(
      'href',
      '/systems/S1',
    );
    const laggards = screen.getByRole('table', { name: 'Lowest scores, lowest first' });
    expect(rowsOf(laggards)).toEqual([['East Shore', '30', 'Piloting', 'Not given']]);
  });

  it('shows the regional picture', async () => {
    renderAt('/standards/bars');
    const regions = await screen.findByRole(
      'table',
      { name: /The standard in each region/ },
      LOADING,
    );
    expect(rowsOf(regions)).toEqual([
      ['North', '65', '0%', '0%', '1'],
      ['South', '30', '0%', '0%', '1'],
    ]);
  });

  it('shows the quarter in the URL, and nothing after it', async () => {
    const user = userEvent.setup();
    renderAt('/standards/nhs-number?period=2026-Q1');
    expect(
      await screen.findByRole('heading', { name: 'England, January to March 2026' }, LOADING),
    ).toBeVisible();
    const frame = screen.getByRole('region', { name: 'Adoption over time' });
    expect(
      within(frame).getByText('Live in 3 of the 3 systems that reported in January to March 2026.'),
    ).toBeInTheDocument();
    await user.click(within(frame).getByRole('tab', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: /Systems by adoption status/ });
    expect(rowsOf(table)).toHaveLength(2);
  });

  it('says so, with a way back, for a standard the data does not have', async () => {
    renderAt('/standards/no-such-standard');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Standard not found' }, LOADING),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Choose one from the list of standards' }),
    ).toHaveAttribute('href', '/standards');
  });
});
