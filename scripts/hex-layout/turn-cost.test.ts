import { describe, expect, it } from 'vitest';
import { turnCost } from './turn-cost';

describe('turnCost', () => {
  it.each([
    ['the same direction', [2, 0], [1, 0], 0],
    ['turned 60°', [1, Math.sqrt(3)], [1, 0], 0.25],
    ['turned 90°', [0, 1], [3, 0], 1],
    ['reversed', [-1, 0], [1, 0], 4],
    ['a vector of no length', [0, 0], [1, 0], 0],
  ] as const)('%s', (_label, [lx, ly], [rx, ry], expected) => {
    expect(turnCost(lx, ly, rx, ry)).toBeCloseTo(expected, 12);
  });
});
