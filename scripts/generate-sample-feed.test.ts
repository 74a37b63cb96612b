import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FeedSchema } from '../src/domain/feed/feed-schema';

const run = promisify(execFile);
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const script = join(import.meta.dirname, 'generate-sample-feed.ts');

describe('generate-sample-feed CLI', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('writes byte-identical feeds for the same seed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sample-feed-'));
    dirs.push(dir);
    const [first, second] = [join(dir, 'a.json'), join(dir, 'b.json')];
    const { stdout } = await run(tsx, [script, '--out', first]);
    await run(tsx, [script, '--out', second]);
    expect(stdout).toMatch(/observations \d+/);
    const [a, b] = await Promise.all([readFile(first, 'utf8'), readFile(second, 'utf8')]);
    expect(a).toBe(b);
    expect(FeedSchema.safeParse(JSON.parse(a)).success).toBe(true);
    expect(Buffer.byteLength(a)).toBeLessThan(3_000_000);
  }, 60_000);

  it('refuses a scaled feed in public/ and exits 1', async () => {
    await expect(
      run(tsx, [script, '--scale', '2', '--out', 'public/data/x.json']),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/refusing/) as unknown,
    });
  }, 60_000);
});
