/**
 * The profile on the minimal feed (scores in src/domain/scoring/score-feed.test.ts). 2026-Q2:
 * West Hills (S1) 82.5, East Shore (S3) 65, Vale and Shore (S4) 90.67; North Vale (S2) ended on
 * 31 March 2026 (46.25 in 2026-Q1). With three systems in 2026-Q2, West Hills' default peers are
 * the other two: median (65 + 90.67) / 2 = 77.8, shown as 78.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

const LOADING = { timeout: 15_000 };

afterEach(() => window.localStorage.clear());

function peerStatus() {
  return screen.getByText(/peer median readiness/);
}

describe('the profile of a system', () => {
  it('shows the headline against England, region and peers', async () => {
    renderApp('/systems/S1');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'NHS West Hills Integrated Care Board' },
        LOADING,
      ),
    ).toBeVisible();
    const headline = screen.getByRole('region', { name: 'Headline' });
    expect(within(headline).getByText('83')).toBeVisible();
    expect(within(headline).getByText('(peer median 78)')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Readiness by category' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Readiness over time' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Board report (printable)' })).toHaveAttribute(
      'href',
      '/systems/S1/report',
    );
  });

  it('changes the peer group, remembers it, and resets it', async () => {
    const user = userEvent.setup();
    const router = renderApp('/systems/S1');
    await screen.findByRole('region', { name: 'Peer group' }, LOADING);
    expect(peerStatus()).toHaveTextContent(
      'The default peer group: 2 systems, peer median readiness 78.',
    );

    await user.click(screen.getByRole('button', { name: 'Remove Vale and Shore' }));
    // Only East Shore left: 65.
    expect(peerStatus()).toHaveTextContent(
      'Your own peer group: 1 system, peer median readiness 65.',
    );
    expect(router.state.location.search).toBe('?peers=S3');
    expect(window.localStorage.getItem('interop:peers:S1')).toBe('S3');
    expect(
      within(screen.getByRole('region', { name: 'Headline' })).getByText('(peer median 65)'),
    ).toBeVisible();

    await user.selectOptions(
      screen.getByLabelText('Add a system to the peer group'),
      'Vale and Shore',
    );
    await user.click(screen.getByRole('button', { name: 'Add' }));
    // Back to the default two, so the address and the memory forget the choice.
    expect(peerStatus()).toHaveTextContent(
      'The default peer group: 2 systems, peer median readiness 78.',
    );
    expect(router.state.location.search).toBe('');
    expect(window.localStorage.getItem('interop:peers:S1')).toBeNull();
  });

  it('takes the peer group from the address over the browser memory', async () => {
    window.localStorage.setItem('interop:peers:S1', 'S3');
    renderApp('/systems/S1?peers=S4');
    await screen.findByRole('region', { name: 'Peer group' }, LOADING);
    // Vale and Shore alone: 90.67, shown as 91.
    expect(peerStatus()).toHaveTextContent(
      'Your own peer group: 1 system, peer median readiness 91.',
    );
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Reset to the default peer group' }));
    expect(peerStatus()).toHaveTextContent('The default peer group');
    expect(window.localStorage.getItem('interop:peers:S1')).toBeNull();
  });

  it('resets a peer group that only the browser remembers', async () => {
    // No ?peers= in the address, so the reset changes only memory: the page must still re-read it.
    window.localStorage.setItem('interop:peers:S1', 'S3');
    renderApp('/systems/S1');
    await screen.findByRole('region', { name: 'Peer group' }, LOADING);
    expect(peerStatus()).toHaveTextContent('Your own peer group: 1 system');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Reset to the default peer group' }));
    expect(peerStatus()).toHaveTextContent(
      'The default peer group: 2 systems, peer median readiness 78.',
    );
    expect(window.localStorage.getItem('interop:peers:S1')).toBeNull();
  });

  it('shows an ended system at its last quarter, with its successors', async () => {
    renderApp('/systems/S2');
    expect(await screen.findByText('This system has ended', {}, LOADING)).toBeVisible();
    expect(
      screen.getByText(
        /The quarter chosen, April to June 2026, is after North Vale ended, so this profile shows its last quarter, January to March 2026/,
      ),
    ).toBeVisible();
    // The vintage note names the successors as links (peers and neighbours link to them too).
    const note = screen.getByText(/Its area is now part of/);
    expect(within(note).getByRole('link', { name: 'Vale and Shore' })).toHaveAttribute(
      'href',
      '/systems/S4',
    );
    expect(within(note).getByRole('link', { name: 'East Shore' })).toHaveAttribute(
      'href',
      '/systems/S3',
    );
    // 46.25 in January to March 2026.
    expect(within(screen.getByRole('region', { name: 'Headline' })).getByText('46')).toBeVisible();
  });

  it('lists neighbours with their cross-border score and platform, and the technology', async () => {
    renderApp('/systems/S1');
    const neighbours = await screen.findByRole(
      'table',
      { name: 'Systems bordering West Hills' },
      LOADING,
    );
    expect(within(neighbours).getByRole('link', { name: 'Vale and Shore' })).toBeVisible();
    const technology = screen.getByRole('table', { name: 'Technology in use in West Hills' });
    expect(within(technology).getByText('Care Record One')).toBeVisible();
  });

  it('says when the code is unknown', async () => {
    renderApp('/systems/NOPE');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'System not found' }, LOADING),
    ).toBeVisible();
  });
});
