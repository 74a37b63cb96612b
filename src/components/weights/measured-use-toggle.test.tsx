import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Weights } from '../../domain/scoring/weights';
import { WeightsPanel } from './weights-panel';

const published: Weights = { categories: { identity: 1 }, standards: { 'nhs-number': 1 } };
const linked = [{ measure: 'NHS App unique users', standard: 'NHS Number' }];

function Harness({
  onChange,
  withLinked,
}: {
  onChange: (w: Weights) => void;
  withLinked: boolean;
}) {
  const [weights, setWeights] = useState(published);
  return (
    <WeightsPanel
      categories={[{ id: 'identity', name: 'Identity' }]}
      standards={[{ id: 'nhs-number', name: 'NHS Number', categoryId: 'identity' }]}
      weights={weights}
      published={published}
      linkedMeasures={withLinked ? linked : []}
      onChange={(next) => {
        setWeights(next);
        onChange(next);
      }}
    />
  );
}

describe('Include measured use', () => {
  it('is off by default; on adds the flag, off removes it, so the weights are the published ones again', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} withLinked />);
    const box = screen.getByRole('checkbox', { name: 'Include measured use' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/linked to \(NHS Number\), half and half/);
    await userEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith({ ...published, measuredUse: true });
    await userEvent.click(box);
    expect(onChange).toHaveBeenLastCalledWith(published);
    expect(Object.hasOwn(onChange.mock.lastCall![0] as object, 'measuredUse')).toBe(false);
  });

  it('is not offered when no measure is linked to a standard', () => {
    render(<Harness onChange={vi.fn()} withLinked={false} />);
    expect(screen.queryByRole('checkbox', { name: 'Include measured use' })).toBeNull();
    expect(screen.getByText(/no measures of use linked to a standard/)).toBeVisible();
  });
});
