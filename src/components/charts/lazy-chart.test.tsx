import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyChart } from './lazy-chart';

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

describe('lazyChart with a held class', () => {
  it("gives the held space the drawing's class as well as its height, then draws", async () => {
    let resolve: (drawing: typeof Bars) => void = () => {};
    const Chart = lazyChart(
      () => new Promise<typeof Bars>((done) => (resolve = done)),
      (props: { values: number[] }) => 40 * props.values.length + 10,
      { heldClass: 'app-chart' },
    );
    const { container } = render(<Chart values={[1, 2]} />);
    const held = container.firstElementChild as HTMLElement;
    expect(held.style.height).toBe('90px');
    expect(held.className).toBe('app-chart-pending app-chart');
    expect(held.getAttribute('aria-hidden')).toBe('true');
    act(() => resolve(Bars));
    expect(await screen.findByText('2 bars')).toBeInTheDocument();
    expect(container.querySelector('.app-chart-pending')).toBeNull();
  });
});
