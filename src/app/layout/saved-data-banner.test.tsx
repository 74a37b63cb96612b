import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readLastGood } from '../../api/last-good/last-good-cache';
import { clearSavedCopy, savedCopyNotices } from '../../api/last-good/saved-copy-notices';
import { fakeCacheStorage } from '../../testing/fake-cache-storage';
import { server } from '../../testing/msw/server';
import { feedScenarios } from '../../testing/msw/scenarios';
import { renderApp } from '../../testing/render-app';
import { formatSavedAt } from './saved-data-banner';

beforeEach(() => {
  vi.stubGlobal('caches', fakeCacheStorage());
});
afterEach(() => {
  for (const notice of savedCopyNotices()) clearSavedCopy(notice.url);
  vi.unstubAllGlobals();
});

const SAVED_BANNER = /Showing data saved on \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/;

describe('the saved-data banner', () => {
  it('a later visit whose feed fails shows the saved data, its date, the failure and Retry', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'National picture' }),
    ).toBeVisible();
    await waitFor(async () => expect(await readLastGood('/data/feed.json')).not.toBeNull());
    cleanup();

    server.use(feedScenarios.networkError);
    renderApp('/');
    const banner = await screen.findByRole('region', { name: SAVED_BANNER });
    expect(banner).toHaveTextContent(
      /The latest data could not be loaded\. The feed could not be reached/,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'National picture' }),
    ).toBeVisible();

    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: SAVED_BANNER })).toBeNull());
  });

  it('with nothing saved, the error page says there is no copy on this device', async () => {
    server.use(feedScenarios.networkError);
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The data could not be loaded' }),
    ).toBeVisible();
    expect(screen.getByText(/No copy of this data is saved on this device yet/)).toBeVisible();
  });

  it('writes the saved time as a date and a clock time', () => {
    // Noon UTC is the same calendar day in every time zone a reader in the UK could have.
    expect(formatSavedAt(new Date('2026-12-05T12:00:00Z'))).toMatch(
      /^5 December 2026 at \d{2}:\d{2}$/,
    );
  });
});
