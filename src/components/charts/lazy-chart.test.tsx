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
