import { describe, expect, it } from 'vitest';
import { cssString, PRINT_ORIGIN_PROPERTY, setPrintOrigin } from './print-origin';

describe('cssString', () => {
  it.each([
    ['https://example.nhs.uk', '"https://example.nhs.uk"'],
    ['http://127.0.0.1:4174', '"http://127.0.0.1:4174"'],
    ['', '""'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ['a\nb', '"a\\a b"'],
  ])('quotes %j as %s', (text, expected) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('setPrintOrigin', () => {
  it('hands the origin to print.css as --app-origin', () => {
    const set: [string, string][] = [];
    setPrintOrigin(
      { style: { setProperty: (name, value) => set.push([name, value]) } },
      'https://x.uk',
    );
    expect(set).toEqual([[PRINT_ORIGIN_PROPERTY, '"https://x.uk"']]);
  });
});
