import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../testing/msw/server';
import { renderApp } from '../../testing/render-app';

describe('a ?feed= link that cannot be loaded', () => {
  it.each([
    ['javascript:alert(1)', /a javascript: address runs code rather than naming a feed/],
    ['data:application/json,{}', /a data: address carries its own content/],
    ['file:///C:/feed.json', /file: addresses are not allowed/],
  ])('refuses %s out loud and shows the published feed', async (param, reason) => {
    const router = renderApp(`/systems?feed=${encodeURIComponent(param)}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The link's feed was refused");
    expect(alert).toHaveTextContent(reason);
    expect(alert).toHaveTextContent('The published feed is shown instead.');
    expect(await screen.findByRole('heading', { level: 1, name: 'Systems' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).not.toMatch(/feed=/));
    // It stays until dismissed, though the parameter has left the address bar.
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a feed server that fails and then hangs', () => {
  it('says it is trying again, and Stop ends the wait with the error and Retry', async () => {
    // Requests fail until the page says it is trying again; from then on they hang, so the message
    // stays on screen for as long as the test needs to find it. A flag flipped only once the test
    // had found the message let a loaded machine run all four attempts first (the full unit run
    // of 06a894f failed here), and counting requests would tie the test to how many the app makes.
    server.use(
      http.get('*/data/feed.json', async () => {
        if (!document.body.textContent?.includes('Trying again')) return HttpResponse.error();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp('/');
    expect(await screen.findByText('Loading data…')).toHaveAttribute('role', 'status');
    const retrying = await screen.findByText(
      'The feed could not be reached (network error). Trying again (attempt 2 of 4)…',
    );
    expect(retrying).toHaveAttribute('role', 'status');
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));

    // The Stop button is gone: focus moves to the heading of what replaced it, not the body.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be loaded' }),
    ).toHaveFocus();
    expect(
      screen.getByText(
        'You stopped loading during attempt 2 of 4. The last problem: The feed could not be reached (network error).',
      ),
    ).toBeInTheDocument();
    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'National picture' }),
    ).toBeInTheDocument();
  });
});
