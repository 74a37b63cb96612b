import { describe, expect, it } from 'vitest';
import { parseMeshCheckArgs } from './cli-args';

const USAGE = 'Usage: npm run mesh:check -- <catalogue>';

describe('parseMeshCheckArgs', () => {
  it('reads the options it shares with feed:check', () => {
    expect(
      parseMeshCheckArgs(['mesh.json', '--json', '--now', '2026-10-15T00:00:00Z'], USAGE),
    ).toEqual({
      ok: true,
      source: 'mesh.json',
      json: true,
      now: new Date('2026-10-15T00:00:00Z'),
      reference: null,
    });
  });

  it.each([
    ['--reference with a value', ['mesh.json', '--reference', 'ref.json']],
    ['--reference=value', ['mesh.json', '--reference=ref.json']],
  ])('refuses %s, saying where the reference comes from', (_name, argv) => {
    const parsed = parseMeshCheckArgs(argv, USAGE);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(
        /^Unknown option '--reference': mesh:check reads the reference product the catalogue names/,
      );
      expect(parsed.message).toContain(USAGE);
    }
  });

  it('refuses other unknown options as feed:check does', () => {
    const parsed = parseMeshCheckArgs(['mesh.json', '--lookup', 'x.csv'], USAGE);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/Unknown option '--lookup'/);
  });
});
