import { describe, expect, it } from 'vitest';
import { serialiseHexJson } from './serialise-hexjson';

describe('serialiseHexJson', () => {
  it('writes layout first, hexes by id, each as q, r, n, region, with a final newline', () => {
    const text = serialiseHexJson({
      layout: 'odd-r',
      hexes: {
        B: { region: 'R1', n: 'Bee', r: 2, q: 1 },
        A: { r: 0, q: 0 },
      },
    });
    expect(text).toBe(
      [
        '{',
        '  "layout": "odd-r",',
        '  "hexes": {',
        '    "A": {',
        '      "q": 0,',
        '      "r": 0',
        '    },',
        '    "B": {',
        '      "q": 1,',
        '      "r": 2,',
        '      "n": "Bee",',
        '      "region": "R1"',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
});
