import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { BEST_QUALITY_MAX_BYTES, MIN_BYTES, brotliQualityFor, precompressDir } from './precompress';

let dir = '';

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function buildOf(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'precompress-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

describe('precompressDir', () => {
  it('writes .br and .gz beside text files of MIN_BYTES or more, and nothing else', async () => {
    const big = 'x'.repeat(MIN_BYTES);
    const root = await buildOf({
      'index.html': big,
      'data/feed.json': big,
      'schema/feed.odcs.yaml': big,
      'assets/app-AbCd1234.js': big,
      'assets/app-AbCd1234.js.map': big, // read by developer tools only
      'assets/tiny-AbCd1234.css': 'x'.repeat(MIN_BYTES - 1),
      'assets/logo.png': big,
      '.vite/manifest.json': big, // a build record, never served
    });
    const done = await precompressDir(root);
    expect(done.map((file) => file.file.slice(root.length + 1)).sort()).toEqual([
      'assets/app-AbCd1234.js',
      'data/feed.json',
      'index.html',
      'schema/feed.odcs.yaml',
    ]);
    expect((await readdir(join(root, 'assets'))).sort()).toEqual([
      'app-AbCd1234.js',
      'app-AbCd1234.js.br',
      'app-AbCd1234.js.gz',
      'app-AbCd1234.js.map',
      'logo.png',
      'tiny-AbCd1234.css',
    ]);
    expect(await readdir(join(root, '.vite'))).toEqual(['manifest.json']);
  });

  it('writes copies that decode to the original', async () => {
    const text = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i })) });
    const root = await buildOf({ 'data/feed.json': text });
    const [entry] = await precompressDir(root);
    expect(entry?.bytes).toBe(text.length);
    const br = await readFile(join(root, 'data/feed.json.br'));
    const gz = await readFile(join(root, 'data/feed.json.gz'));
    expect(br.length).toBe(entry?.brotli);
    expect(gz.length).toBe(entry?.gzip);
    expect(brotliDecompressSync(br).toString()).toBe(text);
    expect(gunzipSync(gz).toString()).toBe(text);
  });
});

describe('brotliQualityFor', () => {
  it.each([
    [0, 11],
    [BEST_QUALITY_MAX_BYTES, 11],
    [BEST_QUALITY_MAX_BYTES + 1, 9],
    [2_232_932, 9],
  ])('%i bytes -> quality %i', (bytes, quality) => {
    expect(brotliQualityFor(bytes)).toBe(quality);
  });

  it.each([
    ['assets/index.js', 2_000, 11],
    ['api/v1/systems.json', 2_000, 9],
    ['api/v1/bulk/all-data.json', 8_000_000, 9],
    ['data/api/notes.json', 2_000, 11],
  ])('%s (%i bytes) -> quality %i', (path, bytes, quality) => {
    expect(brotliQualityFor(bytes, path)).toBe(quality);
  });
});
