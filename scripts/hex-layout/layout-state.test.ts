import { describe, expect, it } from 'vitest';
import { candidateCells } from '../../src/domain/geography/auto-layout';
import { mulberry32 } from '../../src/domain/random/mulberry32';
import type { LayoutProblem } from './layout-state';
import { LayoutState } from './layout-state';

const targets = [
  { code: 'A', x: 0, y: 0 },
  { code: 'B', x: 2, y: 0 },
  { code: 'C', x: 1, y: 1.7 },
  { code: 'D', x: 3, y: 1.7 },
];

const problem: LayoutProblem = {
  targets,
  start: new Map([
    ['A', { q: 0, r: 0 }],
    ['B', { q: 2, r: 0 }],
    ['C', { q: 1, r: 2 }],
    ['D', { q: 3, r: 2 }],
  ]),
  allowed: candidateCells(targets, 1),
  borders: [
    { a: 'A', b: 'B' },
    { a: 'A', b: 'C' },
    { a: 'C', b: 'D' },
  ],
  keepTogether: [['C', 'D']],
  preferTogether: [['A', 'B']],
  weights: {
    borderWeight: 1,
    falseNeighbourWeight: 0.25,
    displacementWeight: 0.1,
    directionWeight: 0.5,
    holeWeight: 0.5,
    splitWeight: 1,
  },
};

describe('LayoutState', () => {
  it('scores a move exactly as much as the whole score changes', () => {
    const state = new LayoutState(problem);
    const random = mulberry32(7);
    for (let i = 0; i < 300; i += 1) {
      const code = state.codes[Math.floor(random() * state.codes.length)] ?? 'A';
      const key = state.cellKeys[Math.floor(random() * state.cellKeys.length)] ?? '0,0';
      const move = state.moveTo(code, key);
      if (!move) continue;
      const before = state.score();
      const gain = state.gain(move);
      expect(state.score()).toBe(before); // asking does not move anything
      if (gain === -Infinity) continue;
      state.apply(move);
      expect(state.score() - before).toBeCloseTo(gain, 9);
    }
  });

  it('refuses a move that splits a keep-together group', () => {
    const state = new LayoutState({
      ...problem,
      start: new Map([...problem.start, ['D', { q: 2, r: 2 }]]),
    });
    expect(state.gain({ code: 'D', to: '3,0' })).toBe(-Infinity);
    expect(state.gain({ code: 'D', to: '1,1' })).toBeGreaterThan(-Infinity);
  });

  it('offers a swap for an occupied cell, a move for a free one, nothing for its own', () => {
    const state = new LayoutState(problem);
    expect(state.moveTo('A', '2,0')).toEqual({ code: 'A', swapWith: 'B' });
    expect(state.moveTo('A', '1,0')).toEqual({ code: 'A', to: '1,0' });
    expect(state.moveTo('A', '0,0')).toBeNull();
  });
});
