import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from './cli-args';

describe('parseCheckArgs', () => {
  it.each([
    [['feed.json'], { ok: true, source: 'feed.json', json: false, now: null, reference: null }],
    [
      ['--json', 'https://example.org/feed.json'],
      {
        ok: true,
        source: 'https://example.org/feed.json',
        json: true,
        now: null,
        reference: null,
      },
    ],
    [
      ['feed.json', '--now', '2026-10-15T00:00:00Z'],
      {
        ok: true,
        source: 'feed.json',
        json: false,
        now: new Date('2026-10-15T00:00:00Z'),
        reference: null,
      },
    ],
    [
      ['product.json', '--reference', 'ref.json'],
      { ok: true, source: 'product.json', json: false, now: null, reference: 'ref.json' },
    ],
  ])('%o', (argv, expected) => {
    expect(parseCheckArgs(argv)).toEqual(expected);
  });

  it.each([
    ['no source', [], /exactly one file or URL/],
    ['two sources', ['a.json', 'b.json'], /exactly one file or URL/],
    ['an unknown option', ['a.json', '--jsn'], /Unknown option/],
    ['a bad --now', ['a.json', '--now', 'soon'], /ISO date-time/],
  ])('rejects %s', (_name, argv, message) => {
    const parsed = parseCheckArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
