/**
 * A search that names an ended system (issue 17, item 14). In the minimal feed North Vale (S2)
 * ended on 31 March 2026, so in 2026-Q2 it is not in the table but is listed under "Systems that
 * have ended": the count must say so rather than "0 systems match" above its link.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';

describe('searching for an ended system', () => {
  it('counts the ended match and points to it', async () => {
    renderApp('/systems?q=North%20Vale');
    const status = await screen.findByText(/^Showing 0 of 3 systems/, undefined, {
      timeout: 10_000,
    });
    expect(status).toHaveTextContent(
      'Showing 0 of 3 systems; 1 ended system matches, listed under “Systems that have ended”',
    );
    expect(screen.getByText(/No current system matches/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'North Vale' })).toBeInTheDocument();
  });

  it('says nothing of ended systems when none matches', async () => {
    renderApp('/systems?q=West');
    const status = await screen.findByText(/^Showing 1 of 3 systems/, undefined, {
      timeout: 10_000,
    });
    expect(status).toHaveTextContent(/^Showing 1 of 3 systems$/);
  });
});
