import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  it.each([
    ['LF line ends', 'a,b\n1,2\n', [{ a: '1', b: '2' }]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [{ a: '1', b: '2' }]],
    ['no final line end', 'a,b\n1,2', [{ a: '1', b: '2' }]],
    ['quoted comma', 'a,b\n"x, y",2\n', [{ a: 'x, y', b: '2' }]],
    ['doubled quote', 'a\n"say ""hi"""\n', [{ a: 'say "hi"' }]],
    ['line break in quotes', 'a,b\n"one\ntwo",2\n', [{ a: 'one\ntwo', b: '2' }]],
    ['empty field', 'a,b\n,2\n', [{ a: '', b: '2' }]],
    ['blank lines skipped', 'a\n1\n\n2\n', [{ a: '1' }, { a: '2' }]],
    ['byte order mark', '\uFEFFa\n1\n', [{ a: '1' }]],
    ['header only', 'a,b\n', []],
    ['empty text', '', []],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('rejects a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields, expected 2/);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(/quoted field/);
  });
});
