import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate';

/** A layout like the app's: a main region that the hook focuses, and a way to navigate. */
function Layout({ page }: { page: string }) {
  useFocusMainOnNavigate();
  const navigate = useNavigate();
  return (
    <>
      <button type="button" onClick={() => void navigate('/standards')}>
        Standards
      </button>
      <button type="button" onClick={() => void navigate('/?weights=1')}>
        Same page, new query
      </button>
      <main id="maincontent" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

/** Without the layout: what the router shows before the layout mounts (the shell). */
function Shell() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate('/standards')}>
      Shell link
    </button>
  );
}

function renderAt(path: string, national: 'layout' | 'shell') {
  const router = createMemoryRouter(
    [
      { path: '/', element: national === 'layout' ? <Layout page="National" /> : <Shell /> },
      { path: '/standards', element: <Layout page="Standards" /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useFocusMainOnNavigate', () => {
  it('leaves focus alone on the first page the reader opened', () => {
    renderAt('/', 'layout');
    expect(screen.getByRole('main')).not.toHaveFocus();
  });

  it('focuses the main region after a link to another page', () => {
    renderAt('/', 'layout');
    act(() => screen.getByRole('button', { name: 'Standards' }).click());
    expect(screen.getByRole('main')).toHaveTextContent('Standards');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('focuses the main region when the layout first appears after a link pressed in the shell', () => {
    renderAt('/', 'shell');
    act(() => screen.getByRole('button', { name: 'Shell link' }).click());
    expect(screen.getByRole('main')).toHaveTextContent('Standards');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('focuses the main region on Back to the first page', () => {
    const router = renderAt('/', 'layout');
    act(() => screen.getByRole('button', { name: 'Standards' }).click());
    screen.getByRole('button', { name: 'Standards' }).focus();
    act(() => void router.navigate(-1));
    expect(screen.getByRole('main')).toHaveTextContent('National');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('leaves focus alone when only the query changes', () => {
    renderAt('/', 'layout');
    const button = screen.getByRole('button', { name: 'Same page, new query' });
    button.focus();
    act(() => button.click());
    expect(button).toHaveFocus();
  });
});
