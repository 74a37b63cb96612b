import { describe, expect, it } from 'vitest';
import { areaForKey, areaInDirection } from './area-navigation';

// A small map:      N
//              W    C    E      (C at 10,10; E at 20,10; W at 0,10; N at 12,0; S at 8,20; FE at 40,11)
//                   S
const centres = [
  { code: 'C', cx: 10, cy: 10 },
  { code: 'E', cx: 20, cy: 10 },
  { code: 'W', cx: 0, cy: 10 },
  { code: 'N', cx: 12, cy: 0 },
  { code: 'S', cx: 8, cy: 20 },
  { code: 'FE', cx: 40, cy: 11 },
];

describe('areaInDirection', () => {
  it.each([
    ['C', 'ArrowRight', 'E'],
    ['C', 'ArrowLeft', 'W'],
    ['C', 'ArrowUp', 'N'],
    ['C', 'ArrowDown', 'S'],
    ['E', 'ArrowRight', 'FE'],
    ['FE', 'ArrowRight', null],
    ['N', 'ArrowUp', null],
    ['W', 'ArrowLeft', null],
    ['missing', 'ArrowUp', null],
  ] as const)('from %s, %s goes to %s', (from, key, expected) => {
    expect(areaInDirection(centres, from, key)).toBe(expected);
  });
});

describe('areaForKey', () => {
  it.each([
    // Reading order: N (row 0); W, C, E (row 10); FE (row 11); S (row 20).
    ['C', 'Home', 'N'],
    ['C', 'End', 'S'],
    ['S', 'End', 'S'],
    ['C', 'ArrowRight', 'E'],
  ] as const)('from %s, %s goes to %s', (from, key, expected) => {
    expect(areaForKey(centres, from, key)).toBe(expected);
  });

  it('finds nothing on an empty map', () => {
    expect(areaForKey([], 'C', 'Home')).toBeNull();
  });

  it('puts a row in order left to right', () => {
    const row = [
      { code: 'b', cx: 5, cy: 0 },
      { code: 'a', cx: 1, cy: 0 },
    ];
    expect([areaForKey(row, 'b', 'Home'), areaForKey(row, 'a', 'End')]).toEqual(['a', 'b']);
  });
});
