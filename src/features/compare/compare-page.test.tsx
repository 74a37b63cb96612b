import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { Feed } from '../../domain/feed/feed-schema';
import { downloadText } from '../../lib/download';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

/** The first render loads the page's code, which can take a while in jsdom. */
async function heading() {
  return screen.findByRole('heading', { level: 1, name: 'Compare systems' }, { timeout: 5000 });
}

function scoresTable() {
  return screen.getByRole('table', { name: /^Category and standard scores/ });
}

function columnNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent.trim());
}

function searchOf(router: ReturnType<typeof renderApp>) {
  return new URLSearchParams(router.state.location.search);
}

// The minimal feed's latest quarter is April to June 2026: West Hills (S1) 82.5, East Shore (S3)
// 65, Vale and Shore (S4) 90.7 on half its weight; England 72.6. North Vale (S2) ended on
// 31 March 2026.
describe('the Compare page', () => {
  it('explains what to do when fewer than two systems are chosen', async () => {
    renderApp('/compare?systems=S1');
    await heading();
    expect(
      screen.getByText(/Add at least one more system to compare with West Hills/),
    ).toBeVisible();
    const chosen = screen.getByText('1 of at most 8 systems chosen.');
    expect(chosen).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('puts the systems in the link side by side, one column each, with England', async () => {
    renderApp('/compare?systems=S1,S4');
    await heading();
    const table = scoresTable();
    expect(table).toHaveAccessibleName('Category and standard scores, April to June 2026');
    expect(columnNames(table)).toEqual([
      'Category or standard',
      'England',
      'West Hills',
      'Vale and Shore',
    ]);
    const overall = within(table).getByRole('rowheader', { name: 'Overall readiness' });
    const cells = within(overall.closest('tr') as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'England 73',
      'West Hills 83 ▲ Higher',
      'Vale and Shore 91 ▲ Higher low confidence',
    ]);
    const bars = within(table).getByRole('rowheader', { name: 'Booking and Referral Standard' });
    expect(bars.closest('tr')).toHaveTextContent('Not reported');
  });

  it('lists unknown codes and ignores them, and keeps an ended system with a note', async () => {
    renderApp('/compare?systems=S1,NOPE,S2,S3');
    await heading();
    expect(screen.getByText('No system in the data has the code NOPE.')).toBeVisible();
    expect(
      screen.getByText(
        /North Vale ended on 31 March 2026, so it has no scores in April to June 2026/,
      ),
    ).toBeVisible();
    expect(columnNames(scoresTable()).slice(2)).toEqual(['West Hills', 'North Vale', 'East Shore']);
    expect(within(scoresTable()).getAllByText('Not in this quarter')).not.toHaveLength(0);
  });

  it('adds and removes systems through the URL', async () => {
    const user = userEvent.setup();
    const router = renderApp('/compare?systems=S1');
    await heading();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a system' }), [
      'East Shore',
    ]);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(searchOf(router).get('systems')).toBe('S1,S3');
    expect(columnNames(scoresTable()).slice(2)).toEqual(['West Hills', 'East Shore']);
    await user.click(screen.getByRole('button', { name: 'Remove West Hills' }));
    expect(searchOf(router).get('systems')).toBe('S3');
  });

  it('loads a system with its peer group', async () => {
    const user = userEvent.setup();
    const router = renderApp('/compare');
    await heading();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Or compare a system with its peers' }),
      ['East Shore'],
    );
    await user.click(screen.getByRole('button', { name: 'Load its peer group' }));
    // The quarter has three systems, so East Shore's peers are the other two.
    const codes = searchOf(router).get('systems')?.split(',') ?? [];
    expect(codes[0]).toBe('S3');
    expect([...codes].sort()).toEqual(['S1', 'S3', 'S4']);
  });

  it('shows the trend as a table with England, rebased quarters marked', async () => {
    const user = userEvent.setup();
    renderApp('/compare?systems=S1,S4');
    await heading();
    const frame = screen.getByRole('region', { name: 'Readiness over time' });
    expect(
      within(frame).getByText(/^In April to June 2026, Vale and Shore had the highest/),
    ).toBeVisible();
    await user.click(within(frame).getByRole('tab', { name: /Table/ }));
    const table = within(frame).getByRole('table');
    expect(columnNames(table)).toEqual(['Quarter', 'West Hills', 'England', 'Vale and Shore']);
    expect(within(table).getAllByText('(rebased)')).toHaveLength(2);
  });

  it('downloads the side-by-side scores as CSV', async () => {
    const user = userEvent.setup();
    renderApp('/compare?systems=S1,S4');
    await heading();
    await user.click(screen.getByRole('button', { name: 'Download this table (CSV)' }));
    const [fileName, csv] = vi.mocked(downloadText).mock.calls.at(-1) ?? [];
    expect(fileName).toBe('compare-scores-2026-Q2.csv');
    const lines = (csv ?? '')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Row,Category,Name,England,West Hills (S1),West Hills compared with England,Vale and Shore (S4),Vale and Shore compared with England',
    );
    expect(lines[1]).toBe('Overall,,Overall readiness,72.6,82.5,higher,90.7,higher');
    expect(lines).toHaveLength(7);
  });
});

describe('the Compare page with more systems than fit', () => {
  // Nine systems in the latest quarter: the minimal feed's three and six copies of West Hills.
  const nine = editFeed(minimalFeed, {
    push: ['geography', 'systems'],
    rows: [1, 2, 3, 4, 5, 6].map((n) => ({
      ...minimalFeed.geography.systems[0],
      code: `T${n}`,
      odsCode: `QT${n}`,
      name: `NHS Test ${n} Integrated Care Board`,
      shortName: `Test ${n}`,
    })),
  }) as Feed;

  it('refuses a ninth system with a message, and drops nothing', async () => {
    server.use(http.get('*/data/feed.json', () => HttpResponse.json(nine)));
    const user = userEvent.setup();
    const router = renderApp('/compare?systems=S1,S3,S4,T1,T2,T3,T4,T5');
    await heading();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a system' }), ['Test 6']);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You can compare at most 8 systems. Remove one before adding Test 6.',
    );
    expect(searchOf(router).get('systems')).toBe('S1,S3,S4,T1,T2,T3,T4,T5');
  });

  it('compares only the first eight of a longer link, and says which were left out', async () => {
    server.use(http.get('*/data/feed.json', () => HttpResponse.json(nine)));
    renderApp('/compare?systems=S1,S3,S4,T1,T2,T3,T4,T5,T6');
    await heading();
    expect(screen.getByText(/At most 8 systems can be compared; left out: Test 6/)).toBeVisible();
    expect(columnNames(scoresTable())).toHaveLength(10);
  });
});
