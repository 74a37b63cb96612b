import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { meshLoadOf } from '../../api/mesh/partial-mesh';
import {
  catalogue,
  grants,
  outcomesWithUnreachable,
  referenceParse,
} from '../../testing/fixtures/mesh/minimal-mesh-checked';
import type { ProductOutcome } from '../../domain/mesh/product-outcome';
import { MeshRollUp } from './mesh-roll-up';

const parts = { catalogueUrl: 'http://localhost/c.json', catalogue, grants, referenceParse };

function renderRollUp(settled: ProductOutcome[]) {
  const mesh = meshLoadOf(parts, new Map(settled.map((outcome) => [outcome.id, outcome])));
  render(
    <MemoryRouter>
      <MeshRollUp mesh={mesh} />
    </MemoryRouter>,
  );
}

describe('MeshRollUp', () => {
  it('says how far a mesh still arriving has got, and that the rest say Loading', () => {
    // S1 loaded, S2 unreachable, S3 and S4 on their way.
    renderRollUp(outcomesWithUnreachable('S2').slice(0, 2));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading data: 2 of 4 data products loaded. Figures so far are based on 1 of 4 data products; systems whose product has not arrived yet say Loading.',
    );
  });

  it('says what the figures rest on once every product has settled', () => {
    renderRollUp(outcomesWithUnreachable('S2'));
    expect(screen.getByText(/^Figures are based on 3 of 4 data products\./)).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
