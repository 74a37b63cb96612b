/**
 * West Hills (S1) in the minimal feed's latest quarter has two default peers, East Shore (S3) and
 * Vale and Shore (S4), and no other system to add until one is removed.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../testing/render-app';

afterEach(() => window.localStorage.clear());

const status = () => screen.getByText(/peer median readiness/);
const removeButtons = () => screen.getAllByRole('button', { name: /^Remove / });
const addSelect = () => screen.getByRole('combobox', { name: 'Add a system to the peer group' });

describe('changing the peer group from the keyboard', () => {
  it('keeps focus on the next sensible control and says what changed', async () => {
    const user = userEvent.setup();
    renderApp('/systems/S1');
    await screen.findByRole('region', { name: 'Peer group' }, { timeout: 5000 });
    const [first, second] = removeButtons();
    const firstName = first!.getAttribute('aria-label')!.replace('Remove ', '');
    const secondName = second!.getAttribute('aria-label')!.replace('Remove ', '');

    first!.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(second).toHaveFocus());
    expect(status()).toHaveTextContent(`${firstName} removed from the peer group. Your own`);

    // The last peer goes: focus goes to the add control that now appears.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(addSelect()).toHaveFocus());
    expect(status()).toHaveTextContent(`${secondName} removed from the peer group.`);

    await user.selectOptions(addSelect(), 'East Shore');
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status()).toHaveTextContent('East Shore added to the peer group.'));
    expect(addSelect()).toHaveFocus();

    // Vale and Shore is the last system to add: the form goes, focus goes to its Remove button.
    await user.selectOptions(addSelect(), 'Vale and Shore');
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Vale and Shore' })).toHaveFocus(),
    );
    expect(status()).toHaveTextContent('Vale and Shore added to the peer group.');
  });
});
