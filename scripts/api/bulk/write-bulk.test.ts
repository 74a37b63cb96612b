import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBulk } from './write-bulk';

// The index's shape as the API writer publishes it: the facts under meta.
const INDEX = {
  meta: {
    apiVersion: 'v1',
    source: {
      title: 'Test feed',
      publisher: 'Test publisher',
      generatedAt: '2026-11-01T09:00:00Z',
    },
    licence: { name: 'Open Government Licence v3.0', url: 'https://example.org/ogl' },
    illustrative: true,
    generatedFrom: 'feed.json',
  },
  endpoints: [],
};

// A small API tree in the shared layout, with our own numbers.
const FILES: Record<string, string> = {
  'index.json': JSON.stringify(INDEX),
  'systems.csv': 'code,name\r\nE54000001,North\r\n',
  'systems.csv-metadata.json': '{"url":"systems.csv"}',
  'systems.json': '[{"code":"E54000001","name":"North"}]',
  'systems/E54000001/scores.csv': 'period,overall\r\n2026-Q3,61.5\r\n',
  'systems/E54000001/scores.csv-metadata.json': '{"url":"scores.csv"}',
  'systems/E54000001/scores.json':
    '{"code":"E54000001","periods":[{"period":"2026-Q3","overall":61.5}]}',
  'schemas/systems.schema.json': '{"type":"array"}',
};

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulk-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const unzipped = async () => unzipSync(await readFile(join(dir, 'bulk/all-data.zip')));

describe('writeBulk', () => {
  it('zips every CSV at its path with its CSVW file, the README and all-data.json', async () => {
    await writeBulk(dir);
    expect(Object.keys(await unzipped()).sort()).toEqual([
      'README.txt',
      'all-data.json',
      'systems.csv',
      'systems.csv-metadata.json',
      'systems/E54000001/scores.csv',
      'systems/E54000001/scores.csv-metadata.json',
    ]);
  });

  it('keeps each CSV byte for byte', async () => {
    await writeBulk(dir);
    const files = await unzipped();
    expect(strFromU8(files['systems/E54000001/scores.csv']!)).toBe(
      FILES['systems/E54000001/scores.csv'],
    );
  });

  it('writes a README with the source, licence, date, illustrative flag and every file', async () => {
    await writeBulk(dir);
    const readme = strFromU8((await unzipped())['README.txt']!);
    expect(readme).toContain('Source: Test publisher, Test feed');
    expect(readme).toContain('Data generated: 2026-11-01T09:00:00Z');
    expect(readme).toContain('Licence: Open Government Licence v3.0, https://example.org/ogl');
    expect(readme).toContain('Generated from: feed.json');
    expect(readme).toContain('Illustrative data: these are not real adoption figures.');
    expect(readme).toContain('  systems.csv: every system');
    expect(readme).toContain('  systems/E54000001/scores.csv: system E54000001:');
    expect(readme).toContain('  systems.csv-metadata.json: CSV on the Web metadata');
  });

  it('puts every JSON response, not schemas or CSVW files, in all-data.json keyed by path', async () => {
    await writeBulk(dir);
    const all = JSON.parse(await readFile(join(dir, 'bulk/all-data.json'), 'utf8')) as object;
    expect(Object.keys(all)).toEqual([
      '/api/v1/index.json',
      '/api/v1/systems.json',
      '/api/v1/systems/E54000001/scores.json',
    ]);
    expect(all).toHaveProperty(['/api/v1/systems.json', 0, 'name'], 'North');
  });

  it('writes byte-identical files when run twice, and never zips its own output', async () => {
    await writeBulk(dir);
    const first = await readFile(join(dir, 'bulk/all-data.zip'));
    await writeBulk(dir);
    expect((await readFile(join(dir, 'bulk/all-data.zip'))).equals(first)).toBe(true);
  });

  it('says the illustrative flag cannot be judged when index.json is missing', async () => {
    await rm(join(dir, 'index.json'));
    await writeBulk(dir);
    const readme = strFromU8((await unzipped())['README.txt']!);
    expect(readme).toContain('Illustrative or real: cannot be judged, index.json does not say.');
    expect(readme).toContain('Source: not stated in index.json');
  });

  it('fails on a JSON response that does not parse rather than writing null', async () => {
    await writeFile(join(dir, 'systems.json'), '{broken');
    await expect(writeBulk(dir)).rejects.toThrow(SyntaxError);
  });
});
