import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NEAR_MARGIN, lazyChart } from './lazy-chart';

function Bars({ values }: { values: number[] }) {
  return <p>{values.length} bars</p>;
}

/** A load the test finishes itself, so the waiting state can be seen. */
function deferredLoad() {
  let finish: () => void = () => undefined;
  const loaded = new Promise<typeof Bars>((resolve) => {
    finish = () => resolve(Bars);
  });
  return { load: () => loaded, finish: () => finish() };
}

describe('lazyChart', () => {
  it.each([
    [[1, 2, 3], 130],
    [[], 10],
  ])(
    'holds the height for %j (%i px) empty and hidden until the drawing loads',
    async (values, px) => {
      const { load, finish } = deferredLoad();
      const Chart = lazyChart(load, (props: { values: number[] }) => 40 * props.values.length + 10);
      const { container } = render(<Chart values={values} />);
      const pending = container.firstElementChild as HTMLElement;
      expect(pending.style.height).toBe(`${px}px`);
      expect(pending.getAttribute('aria-hidden')).toBe('true');
      expect(pending.textContent).toBe('');

      await act(async () => {
        finish();
        await load();
      });
      expect(await screen.findByText(`${values.length} bars`)).toBeInTheDocument();
      expect(container.querySelector('.app-chart-pending')).toBeNull();
    },
  );
});

/** An IntersectionObserver the test drives: `reach(true)` tells every observer its node is near. */
function fakeObserver() {
  const observers: { callback: IntersectionObserverCallback; margin?: string; live: boolean }[] =
    [];
  class FakeObserver {
    private readonly own: (typeof observers)[number];
    constructor(callback: IntersectionObserverCallback, init?: IntersectionObserverInit) {
      this.own = { callback, margin: init?.rootMargin, live: true };
      observers.push(this.own);
    }
    observe() {}
    disconnect() {
      this.own.live = false;
    }
  }
  const reach = (isIntersecting: boolean) => {
    for (const own of observers.filter((o) => o.live)) {
      own.callback(
        [{ isIntersecting } as IntersectionObserverEntry],
        own as unknown as IntersectionObserver,
      );
    }
  };
  return { FakeObserver, observers, reach };
}

describe('lazyChart with drawWhenNear', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads the drawing at once but draws it only when its held space comes near', async () => {
    const { FakeObserver, observers, reach } = fakeObserver();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    let loads = 0;
    const Chart = lazyChart(
      () => {
        loads += 1;
        return Promise.resolve(Bars);
      },
      (props: { values: number[] }) => 40 * props.values.length + 10,
      { drawWhenNear: true, heldClass: 'app-chart' },
    );
    const { container } = render(<Chart values={[1, 2]} />);
    await act(async () => {
      await Promise.resolve();
    });
    const held = container.firstElementChild as HTMLElement;
    expect(held.style.height).toBe('90px');
    expect(held.className).toBe('app-chart-pending app-chart');
    expect(held.getAttribute('aria-hidden')).toBe('true');
    expect(loads).toBe(1);
    expect(observers.map((o) => o.margin)).toEqual([NEAR_MARGIN]);

    act(() => reach(false));
    expect(screen.queryByText('2 bars')).toBeNull();

    act(() => reach(true));
    expect(await screen.findByText('2 bars')).toBeInTheDocument();
    expect(container.querySelector('.app-chart-pending')).toBeNull();
    expect(observers.every((o) => !o.live)).toBe(true);
  });

  it('draws at once where there is no IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const Chart = lazyChart(
      () => Promise.resolve(Bars),
      () => 10,
      { drawWhenNear: true },
    );
    render(<Chart values={[1, 2, 3]} />);
    expect(await screen.findByText('3 bars')).toBeInTheDocument();
  });
});
