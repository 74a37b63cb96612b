import { render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { removeTabStops } from './remove-tab-stops';

/** A drawing like a recharts chart: SVG groups, a link, and nodes that arrive later. */
function Drawing() {
  const [later, setLater] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setLater(true)}>
        Draw more
      </button>
      <div aria-hidden="true" ref={removeTabStops} data-testid="drawing">
        <svg>
          <g className="layer" />
          <a href="#x">
            <text>x</text>
          </a>
          {later ? <g className="later" tabIndex={0} /> : null}
        </svg>
      </div>
    </>
  );
}

const tabStopsIn = (element: HTMLElement) =>
  [...element.querySelectorAll('svg, g, a')].filter(
    (node) => node.getAttribute('tabindex') !== '-1',
  );

describe('removeTabStops', () => {
  it('takes every group, link and later node out of the Tab order', async () => {
    render(<Drawing />);
    const drawing = screen.getByTestId('drawing');
    expect(tabStopsIn(drawing)).toEqual([]);
    screen.getByRole('button', { name: 'Draw more' }).click();
    await waitFor(() => expect(drawing.querySelector('.later')).not.toBeNull());
    await waitFor(() => expect(tabStopsIn(drawing)).toEqual([]));
  });
});
