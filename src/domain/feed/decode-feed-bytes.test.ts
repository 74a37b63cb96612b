import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, firstInvalidUtf8Byte } from './decode-feed-bytes';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
const utf16 = (text: string, littleEndian: boolean) =>
  [...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });

describe('decodeFeedBytes', () => {
  it.each([
    ['plain UTF-8', bytes(...ascii('{"a":1}')), '{"a":1}', 'utf-8'],
    ['UTF-8 with a BOM (dropped)', bytes(0xef, 0xbb, 0xbf, ...ascii('{}')), '{}', 'utf-8 with BOM'],
    ['"Môn" in UTF-8', bytes(0x4d, 0xc3, 0xb4, 0x6e), 'Môn', 'utf-8'],
    ['UTF-16 LE with a BOM', bytes(0xff, 0xfe, ...utf16('{"ô":1}', true)), '{"ô":1}', 'utf-16le'],
    ['UTF-16 BE with a BOM', bytes(0xfe, 0xff, ...utf16('{"ô":1}', false)), '{"ô":1}', 'utf-16be'],
    ['empty', bytes(), '', 'utf-8'],
  ])('reads %s', (_label, input, text, encoding) => {
    expect(decodeFeedBytes(input)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    // ISO-8859-1 "Môn": 0xF4 is a 4-byte lead, and "n" (0x6E) is no continuation byte.
    ['one ISO-8859-1 byte', bytes(0x4d, 0xf4, 0x6e), /not valid UTF-8: byte 0xF4 at offset 1 /],
    ['the offset counts the BOM', bytes(0xef, 0xbb, 0xbf, 0x41, 0xff), /byte 0xFF at offset 4 /],
    ['a cut multi-byte sequence', bytes(0x41, 0xe2, 0x82), /byte 0xE2 at offset 1 /],
    ['an overlong "/"', bytes(0xc0, 0xaf), /byte 0xC0 at offset 0 /],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), /byte 0xED at offset 0 /],
    ['UTF-16 without a BOM', bytes(0x7b, 0x00, 0x7d, 0x00), /UTF-16 text without a byte-order/],
    ['a lone UTF-16 surrogate', bytes(0xff, 0xfe, 0x00, 0xd8), /not valid UTF-16 \(little/],
  ])('refuses %s, saying where and what to do', (_label, input, reason) => {
    const result = decodeFeedBytes(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(reason);
      expect(result.reason).toMatch(/save it as UTF-8$/);
    }
  });

  it('agrees with the native fatal decoder on any bytes (seeded)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (input) => {
        let native = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input);
        } catch {
          native = false;
        }
        expect(firstInvalidUtf8Byte(input) === -1).toBe(native);
      }),
      { seed: 18, numRuns: 2000 },
    );
  });

  it('round-trips any text written as UTF-8 (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const input = new TextEncoder().encode(text);
        // Text starting with NUL is read as UTF-16 without a BOM, by design.
        fc.pre(input[0] !== 0 && input[1] !== 0);
        expect(decodeFeedBytes(input)).toMatchObject({ ok: true, text });
      }),
      { seed: 18, numRuns: 500 },
    );
  });
});
