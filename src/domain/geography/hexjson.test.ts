import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHexJson } from './hexjson';

const good = {
  layout: 'odd-r',
  hexes: {
    E54000008: { q: 3, r: 7, n: 'Cheshire and Merseyside', region: 'E40000014' },
    E54000057: { q: 4, r: 7 },
  },
};

describe('parseHexJson', () => {
  it('accepts a layout, keeping names and regions', () => {
    expect(parseHexJson(good)).toEqual({ ok: true, layout: good });
  });

  it('drops properties it does not use', () => {
    const result = parseHexJson({ layout: 'even-q', hexes: { A: { q: 0, r: 0, colour: 'red' } } });
    expect(result).toEqual({
      ok: true,
      layout: { layout: 'even-q', hexes: { A: { q: 0, r: 0 } } },
    });
  });

  it.each([
    ['not an object', 'hexes', /layout file|layout/],
    ['an unknown layout', { ...good, layout: 'odd-x' }, /^layout:/],
    ['a fractional column', { layout: 'odd-r', hexes: { A: { q: 0.5, r: 0 } } }, /^hexes\.A\.q:/],
    ['a missing row', { layout: 'odd-r', hexes: { A: { q: 0 } } }, /^hexes\.A\.r:/],
    [
      'two hexes in one cell',
      { layout: 'odd-r', hexes: { A: { q: 1, r: 2 }, B: { q: 1, r: 2 } } },
      /hexes A and B share the cell q=1, r=2/,
    ],
  ])('rejects %s with a reason', (_label, input, reason) => {
    const result = parseHexJson(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('accepts an empty layout', () => {
    expect(parseHexJson({ layout: 'odd-r', hexes: {} }).ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(() => parseHexJson(input)).not.toThrow();
      }),
    );
  });
});
