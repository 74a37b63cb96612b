import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useScrollRestoration } from './use-scroll-restoration';

/** A page with the hook and links of each kind the app has. */
function Page() {
  useScrollRestoration();
  const navigate = useNavigate();
  return (
    <>
      <button type="button" onClick={() => void navigate('/standards')}>
        New page
      </button>
      <button type="button" onClick={() => void navigate('?period=2026-Q1', { replace: true })}>
        Same page, new query
      </button>
      <button type="button" onClick={() => void navigate(-1)}>
        Back
      </button>
      <button type="button" onClick={() => void navigate('/standards#adoption')}>
        To a section
      </button>
      <h2 id="adoption">Adoption</h2>
    </>
  );
}

/** The window scrolled to `y`, as the browser reports it once a frame has passed. */
async function scrolledTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

describe('useScrollRestoration', () => {
  const scrollTo = vi.fn();
  beforeEach(() => {
    scrollTo.mockClear();
    vi.spyOn(window, 'scrollTo').mockImplementation(scrollTo as typeof window.scrollTo);
  });
  afterEach(() => vi.restoreAllMocks());

  it('leaves the first page where the browser put it', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Page />
      </MemoryRouter>,
    );
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('starts a new page at its top, keeps the place on a new query, and returns on Back', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/']}>
        <Page />
      </MemoryRouter>,
    );
    await scrolledTo(640);
    await user.click(screen.getByRole('button', { name: 'New page' }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    scrollTo.mockClear();
    await scrolledTo(300);
    await user.click(screen.getByRole('button', { name: 'Same page, new query' }));
    expect(scrollTo).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
  });

  it('goes to the section a link names', async () => {
    const user = userEvent.setup();
    const into = vi.fn();
    Element.prototype.scrollIntoView = into;
    render(
      <MemoryRouter initialEntries={['/']}>
        <Page />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('button', { name: 'To a section' }));
    expect(into).toHaveBeenCalledTimes(1);
    expect(scrollTo.mock.calls).toEqual([]);
  });
});
