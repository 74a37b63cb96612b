import { describe, expect, it } from 'vitest';
import { countPatches } from './connectivity';

describe('countPatches', () => {
  it.each([
    ['no cells', [], 0],
    ['one cell', [{ q: 0, r: 0 }], 1],
    [
      'side by side',
      [
        { q: 0, r: 0 },
        { q: 1, r: 0 },
      ],
      1,
    ],
    // (0,1) is an odd row, shoved right: it touches (0,0) and (1,0) but not (-1,0).
    [
      'diagonal on an odd row',
      [
        { q: -1, r: 0 },
        { q: 0, r: 1 },
      ],
      2,
    ],
    [
      'a chain of three',
      [
        { q: 0, r: 0 },
        { q: 0, r: 1 },
        { q: 1, r: 2 },
      ],
      1,
    ],
    [
      'two apart',
      [
        { q: 0, r: 0 },
        { q: 2, r: 0 },
      ],
      2,
    ],
  ])('%s', (_label, cells, expected) => {
    expect(countPatches(cells)).toBe(expected);
  });
});
