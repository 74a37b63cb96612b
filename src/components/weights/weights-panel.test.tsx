import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Weights } from '../../domain/scoring/weights';
import { WeightsPanel } from './weights-panel';

const categories = [
  { id: 'identity', name: 'Identity' },
  { id: 'transfers', name: 'Transfers of care' },
];
const standards = [
  { id: 'nhs-number', name: 'NHS Number', categoryId: 'identity' },
  { id: 'bars', name: 'BaRS', categoryId: 'transfers' },
];
const published: Weights = {
  categories: { identity: 10, transfers: 15 },
  standards: { 'nhs-number': 2, bars: 1 },
};

function Harness({ onChange }: { onChange: (weights: Weights) => void }) {
  const [weights, setWeights] = useState(published);
  return (
    <WeightsPanel
      categories={categories}
      standards={standards}
      weights={weights}
      published={published}
      onChange={(next) => {
        setWeights(next);
        onChange(next);
      }}
    />
  );
}

describe('WeightsPanel', () => {
  it('changes a category weight as it is typed, and shows the published value', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('spinbutton', { name: 'Weight of Transfers of care' });
    await userEvent.clear(box);
    await userEvent.type(box, '25');
    expect(onChange).toHaveBeenLastCalledWith({
      ...published,
      categories: { identity: 10, transfers: 25 },
    });
    expect(box).toHaveValue(25);
    expect(
      screen.getByRole('spinbutton', { name: /^Weight of Transfers of care\s*\(published: 15\)$/ }),
    ).toBe(box);
  });

  it('ignores a value out of range rather than scoring with it', async () => {
    const onChange = vi.fn<(weights: Weights) => void>();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('spinbutton', { name: 'Weight of Identity' });
    await userEvent.clear(box);
    await userEvent.type(box, '500');
    const identities = onChange.mock.calls.map(([weights]) => weights.categories.identity);
    // Typing 500 passes through 5 and 50, which are valid; 500 is not and is never reported.
    expect(identities).toEqual([5, 50]);
  });

  it('switches a standard off and on again', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByText('Standards in Transfers of care'));
    await userEvent.click(screen.getByRole('button', { name: 'Switch BaRS off' }));
    expect(onChange).toHaveBeenLastCalledWith({
      ...published,
      standards: { 'nhs-number': 2, bars: 0 },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Count BaRS again' }));
    expect(onChange).toHaveBeenLastCalledWith(published);
  });

  it('changing one weight leaves every other box untouched, and the next change sees the first', async () => {
    const onChange = vi.fn<(weights: Weights) => void>();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('spinbutton', { name: 'Weight of Identity' });
    const others = screen.getAllByRole('spinbutton').filter((input) => input !== box);
    const writes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        if (others.includes(record.target as HTMLElement))
          writes.push(`${(record.target as HTMLInputElement).id} ${record.attributeName ?? ''}`);
    });
    for (const input of others) observer.observe(input, { attributes: true });
    await userEvent.clear(box);
    await userEvent.type(box, '7');
    observer.disconnect();
    // React rewrites an input's name and type whenever its props change: a new handler each
    // render made every box do so on each change (three boxes here, ~50 on the real page).
    expect(writes).toEqual([]);
    // The handlers keep their identity but still read the weights of the latest render.
    await userEvent.click(screen.getByText('Standards in Transfers of care'));
    await userEvent.click(screen.getByRole('button', { name: 'Switch BaRS off' }));
    expect(onChange).toHaveBeenLastCalledWith({
      categories: { identity: 7, transfers: 15 },
      standards: { 'nhs-number': 2, bars: 0 },
    });
  });
});
