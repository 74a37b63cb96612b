import { describe, expect, it } from 'vitest';
import type { MeshLoad } from './load-mesh';
import { meshArriving } from './mesh-arriving';

/** Only the fields meshArriving reads; the rest of a mesh load does not matter here. */
function mesh(complete: boolean, kinds: string[], loaded: number): MeshLoad {
  return {
    complete,
    outcomes: new Map(kinds.map((kind, index) => [`p${index}`, { kind }])),
    merged: { products: { loaded, total: kinds.length } },
  } as unknown as MeshLoad;
}

describe('meshArriving', () => {
  it.each([
    { name: 'a single feed', load: undefined, want: null },
    { name: 'a complete mesh', load: mesh(true, ['loaded', 'failed'], 1), want: null },
    {
      name: 'a mesh still arriving: 2 of 4 ended, 1 with data',
      load: mesh(false, ['loaded', 'pending', 'failed', 'pending'], 1),
      want: { settled: 2, loaded: 1, total: 4 },
    },
  ])('$name', ({ load, want }) => {
    expect(meshArriving(load)).toEqual(want);
  });
});
