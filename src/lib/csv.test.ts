import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain text', 'Cheshire and Merseyside', 'Cheshire and Merseyside'],
    ['a comma', 'Shropshire, Telford and Wrekin', '"Shropshire, Telford and Wrekin"'],
    ['a quote', 'the "best" ICS', '"the ""best"" ICS"'],
    ['a newline', 'line one\nline two', '"line one\nline two"'],
    ['a formula', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a plus', '+44 20', "'+44 20"],
    ['a minus', '-1+1', "'-1+1"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab', '\tcmd', "'\tcmd"],
    ['a leading carriage return', '\rcmd', `"'\rcmd"`],
    ['an empty string', '', ''],
    ['a number', 63.5, '63.5'],
    ['a negative number', -4, '-4'],
    ['NaN', Number.NaN, ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['true', true, 'true'],
  ])('%s', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF-separated rows', () => {
    expect(
      toCsv(
        ['system', 'score'],
        [
          ['Frimley', 55],
          ['=cmd', -1],
        ],
      ),
    ).toBe(`${UTF8_BOM}system,score\r\nFrimley,55\r\n'=cmd,-1\r\n`);
  });

  it('never lets a text cell start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
