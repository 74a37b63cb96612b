import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

/**
 * Presses made before the router has rendered the previous one (it renders in a transition,
 * after async work): each must still move a quarter. fireEvent does not wait for that render,
 * as a quick keyboard does not.
 */
describe('quick quarter presses', () => {
  it('two quick presses of Previous quarter move two quarters', async () => {
    const router = renderApp('/');
    const previous = await screen.findByRole('button', { name: 'Previous quarter' });
    fireEvent.click(previous);
    fireEvent.click(previous);
    await waitFor(() => expect(router.state.location.search).toBe('?period=2025-Q4'));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Quarter' })).toHaveValue('2025-Q4'),
    );
  });

  it('two quick arrow keys on the quarter select move two quarters', async () => {
    const router = renderApp('/systems');
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Quarter' });
    // What a browser does on ArrowUp: pick the option before the one the select shows now.
    const arrowUp = () => {
      const options = [...select.options].map((option) => option.value);
      const earlier = options[options.indexOf(select.value) - 1];
      fireEvent.change(select, { target: { value: earlier } });
    };
    arrowUp();
    arrowUp();
    expect(select).toHaveValue('2025-Q4');
    await waitFor(() => expect(router.state.location.search).toBe('?period=2025-Q4'));
    expect(select).toHaveValue('2025-Q4');
  });
});
