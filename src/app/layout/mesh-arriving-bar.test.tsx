import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadedFeed } from '../../api/decode-feed';
import { meshLoadOf } from '../../api/mesh/partial-mesh';
import {
  catalogue,
  grants,
  outcomeFor,
  referenceParse,
} from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { MeshArrivingBar } from './mesh-arriving-bar';

let loaded: LoadedFeed | null = null;
vi.mock('../../api/feed-query', () => ({ useLoadedFeed: () => loaded }));

/** The minimal mesh (four products) with the products of `systems` in so far. */
function meshWith(systems: string[]): LoadedFeed {
  const settled = new Map(
    systems.map((system) => [`ics-${system.toLowerCase()}`, outcomeFor(system)]),
  );
  const mesh = meshLoadOf(
    { catalogueUrl: 'https://dash.example/mesh.json', catalogue, grants, referenceParse },
    settled,
  );
  return { ...referenceParse, feed: mesh.merged.feed, url: mesh.catalogueUrl, mesh };
}

beforeEach(() => {
  loaded = null;
});

describe('the bar saying a page is drawn from part of a mesh', () => {
  it('says how many products are in and that the figures rest on them', () => {
    loaded = meshWith(['S1', 'S2']);
    render(<MeshArrivingBar ownProgress={false} />);
    expect(screen.getByTestId('mesh-arriving')).toHaveTextContent(
      'Loading data: 2 of 4 data products loaded. Figures so far are based on 2 of 4 data products and will change as the rest arrive.',
    );
  });

  it.each([
    ['the whole mesh is in', () => meshWith(['S1', 'S2', 'S3', 'S4']), false],
    ['the page says it itself (the national page)', () => meshWith(['S1']), true],
    ['nothing has loaded yet', () => null, false],
    ['a single feed', () => ({ ...referenceParse, url: '/data/feed.json' }), false],
  ])('is empty, but still in the page, when %s', (_case, make, ownProgress) => {
    loaded = make();
    render(<MeshArrivingBar ownProgress={ownProgress} />);
    // The live region stays, so the next change is announced.
    expect(screen.getByTestId('mesh-arriving')).toBeEmptyDOMElement();
    expect(screen.getByTestId('mesh-arriving')).toHaveAttribute('aria-live', 'polite');
  });
});
