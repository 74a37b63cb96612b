import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

const removeButton = (name: string) => screen.getByRole('button', { name: `Remove ${name}` });

/** Focus and say: a keyboard user pressing Remove is not sent back to the top of the page. */
describe('removing compared systems', () => {
  it('moves focus to the next Remove button, then the previous, then the heading', async () => {
    const user = userEvent.setup();
    renderApp('/compare?systems=S1,S3,S4');
    await screen.findByRole('heading', { level: 1, name: 'Compare systems' }, { timeout: 5000 });
    removeButton('West Hills').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(removeButton('East Shore')).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent(
      'West Hills removed. 2 of at most 8 systems chosen.',
    );
    removeButton('Vale and Shore').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(removeButton('East Shore')).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Choose systems' })).toHaveFocus(),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'East Shore removed. 0 of at most 8 systems chosen.',
    );
  });

  it('sends focus to the heading after Remove all', async () => {
    const user = userEvent.setup();
    renderApp('/compare?systems=S1,S3');
    await screen.findByRole('heading', { level: 1, name: 'Compare systems' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Remove all' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Choose systems' })).toHaveFocus(),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Every system removed. 0 of at most');
  });
});
