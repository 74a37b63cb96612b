import { describe, expect, it } from 'vitest';
import { abbreviate, sketchLayout } from './sketch';

describe('abbreviate', () => {
  it.each([
    ['North East London', 'NEL'],
    ['Cheshire and Merseyside', 'CM'],
    ['Bedfordshire, Luton and Milton Keynes', 'BLMK'],
    ['Hampshire and Isle of Wight', 'HIW'],
    ['Devon', 'Dev'],
  ])('%s → %s', (name, expected) => {
    expect(abbreviate(name)).toBe(expected);
  });
});

describe('sketchLayout', () => {
  it('draws north at the top with odd rows indented half a cell', () => {
    const lines = sketchLayout({
      layout: 'odd-r',
      hexes: {
        A: { q: 0, r: 0, n: 'Devon' },
        B: { q: 1, r: 0, n: 'Dorset' },
        C: { q: 0, r: 1, n: 'North East London' },
      },
    });
    expect(lines).toEqual(['r= 1     NEL    .', 'r= 0 Dev    Dor']);
  });

  it('is empty for an empty layout', () => {
    expect(sketchLayout({ layout: 'odd-r', hexes: {} })).toEqual([]);
  });
});
