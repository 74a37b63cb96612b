import { describe, expect, it } from 'vitest';
import { DEFAULT_GENERATED_AT, DEFAULT_SEED } from './build-feed';
import { parseGeneratorArgs } from './cli-args';

const root = '/project';

describe('parseGeneratorArgs', () => {
  it('defaults to the fixed seed, fixed timestamp and public/data/feed.json', () => {
    expect(parseGeneratorArgs([], root)).toEqual({
      ok: true,
      options: {
        seed: DEFAULT_SEED,
        generatedAt: DEFAULT_GENERATED_AT,
        out: '/project/public/data/feed.json',
        scale: null,
      },
    });
  });

  it('takes a seed, a timestamp and an output path', () => {
    const parsed = parseGeneratorArgs(
      ['--seed', 'abc', '--generated-at', '2027-01-01T00:00:00Z', '--out', 'tmp/x.json'],
      root,
    );
    expect(parsed).toMatchObject({
      ok: true,
      options: { seed: 'abc', generatedAt: '2027-01-01T00:00:00Z', out: '/project/tmp/x.json' },
    });
  });

  it.each([
    ['a bad timestamp', ['--generated-at', 'yesterday'], /ISO date-time/],
    ['a bad scale', ['--scale', 'ten', '--out', '/tmp/x.json'], /whole number/],
    ['a scale without --out', ['--scale', '60'], /--out \/tmp\/feed-scale60.json/],
    ['a scaled feed in public/', ['--scale', '2', '--out', 'public/data/big.json'], /refusing/],
    ['an unknown option', ['--sede', '1'], /Unknown option/],
  ])('rejects %s', (_name, argv, message) => {
    const parsed = parseGeneratorArgs(argv, root);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('writes a scaled feed into public/ only when forced', () => {
    const parsed = parseGeneratorArgs(['--scale', '2', '--out', 'public/x.json', '--force'], root);
    expect(parsed).toMatchObject({
      ok: true,
      options: { scale: 2, out: '/project/public/x.json' },
    });
  });

  it('answers --help with the usage', () => {
    expect(parseGeneratorArgs(['--help'], root)).toMatchObject({ ok: false, help: true });
  });
});
