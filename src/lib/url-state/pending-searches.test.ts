import { describe, expect, it } from 'vitest';
import { rendered, written } from './pending-searches';
import type { PendingSearches } from './pending-searches';

const start: PendingSearches = { latest: '', pending: [] };

describe('pending searches', () => {
  it.each<[string, PendingSearches, string, PendingSearches]>([
    [
      'an older write rendered late keeps the newest as latest',
      { latest: '?period=C', pending: ['?period=A', '?period=B', '?period=C'] },
      '?period=A',
      { latest: '?period=C', pending: ['?period=B', '?period=C'] },
    ],
    [
      'the newest write rendered: nothing pending',
      { latest: '?period=C', pending: ['?period=A', '?period=B', '?period=C'] },
      '?period=C',
      { latest: '?period=C', pending: [] },
    ],
    [
      'a write rendered out of order drops the older ones too',
      { latest: '?period=C', pending: ['?period=A', '?period=B', '?period=C'] },
      '?period=B',
      { latest: '?period=C', pending: ['?period=C'] },
    ],
    [
      'a navigation from elsewhere (Back) becomes the latest',
      { latest: '?period=C', pending: ['?period=C'] },
      '?metric=x',
      { latest: '?metric=x', pending: [] },
    ],
    ['nothing pending: the rendered search', start, '?q=vale', { latest: '?q=vale', pending: [] }],
  ])('%s', (_name, state, search, expected) => {
    expect(rendered(state, search)).toEqual(expected);
  });

  it('four quick writes rendered one by one end on the fourth', () => {
    const writes = ['?p=1', '?p=2', '?p=3', '?p=4'];
    let state = start;
    // Two writes are made, then the router catches up with the first, and so on.
    state = written(written(state, writes[0]!), writes[1]!);
    state = rendered(state, writes[0]!);
    state = written(state, writes[2]!);
    state = rendered(state, writes[1]!);
    state = written(state, writes[3]!);
    expect(state.latest).toBe('?p=4');
    state = rendered(rendered(state, writes[2]!), writes[3]!);
    expect(state).toEqual({ latest: '?p=4', pending: [] });
  });
});
