/**
 * An ended system's quarter picker (issue 17, item 13). In the minimal feed North Vale (S2) ended
 * on 31 March 2026; asked for the latest quarter, 2026-Q2, its profile shows 2026-Q1, and the
 * picker must show that quarter too, offering only quarters North Vale existed in.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';

describe('the quarter picker of an ended system', () => {
  it('shows the quarter the page shows, and only quarters the system lived through', async () => {
    renderApp('/systems/S2');
    await screen.findByText('This system has ended', {}, { timeout: 10_000 });
    const picker = screen.getByRole('combobox', { name: 'Quarter' });
    expect(picker).toHaveValue('2026-Q1');
    const offered = within(picker)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'));
    expect(offered).not.toContain('2026-Q2');
    expect(offered.at(-1)).toBe('2026-Q1');
  });
});
