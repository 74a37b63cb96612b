import { describe, expect, it } from 'vitest';
import { DEFAULT_KEEP, parseBoundariesArgs } from './cli-args';
import { ONS_ICB23_BOUNDARIES_URL } from './ons-service';

const ROOT = '/project';
const OUT = '/project/public/geo/boundaries/icb23.topo.json';

describe('parseBoundariesArgs', () => {
  it.each([
    [[], { source: { kind: 'url', url: ONS_ICB23_BOUNDARIES_URL }, keep: DEFAULT_KEEP, out: OUT }],
    [
      ['--url', 'https://example.org/icb.geojson', '--keep', '0.1'],
      { source: { kind: 'url', url: 'https://example.org/icb.geojson' }, keep: 0.1, out: OUT },
    ],
    [
      ['--from', 'downloads/icb.geojson', '--out', 'tmp/out.json', '--keep', '1'],
      {
        source: { kind: 'file', path: '/project/downloads/icb.geojson' },
        keep: 1,
        out: '/project/tmp/out.json',
      },
    ],
  ])('%o', (argv, options) => {
    expect(parseBoundariesArgs(argv, ROOT)).toEqual({ ok: true, options });
  });

  it.each([
    ['both --url and --from', ['--url', 'https://a.org/x', '--from', 'x.json'], /either --url/],
    ['a --url that is not http(s)', ['--url', 'ftp://a.org/x'], /http\(s\) address/],
    ['--keep 0', ['--keep', '0'], /above 0 and at most 1/],
    ['--keep above 1', ['--keep', '5'], /above 0 and at most 1/],
    ['--keep that is not a number', ['--keep', 'lots'], /above 0 and at most 1/],
    ['an unknown option', ['--kep', '0.1'], /Unknown option/],
    ['a positional argument', ['icb.geojson'], /Unexpected argument|positional/i],
  ])('rejects %s with usage', (_name, argv, message) => {
    const parsed = parseBoundariesArgs(argv, ROOT);
    expect(parsed).toMatchObject({ ok: false, help: false });
    if (!parsed.ok) {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).toMatch(/Usage: npm run boundaries:fetch/);
    }
  });

  it('answers --help with the usage', () => {
    expect(parseBoundariesArgs(['--help'], ROOT)).toMatchObject({ ok: false, help: true });
  });
});
