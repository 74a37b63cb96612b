import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../testing/run-script';
import type { ScriptRun } from '../testing/run-script';
import { boundariesFromJson } from '../../src/domain/geography/boundaries';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(import.meta.dirname, 'fixtures', 'three-areas.geojson');

/** Runs the command in a child process, as a person would. */
function runFetch(...args: string[]): Promise<ScriptRun> {
  return runScript('scripts/fetch-boundaries.ts', ...args);
}

let dir = '';
let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fetch-boundaries-'));
  await writeFile(join(dir, 'bad.json'), '{"type": "Feature');
  const body = await readFile(fixture, 'utf8');
  server = createServer((request, response) => {
    if (request.url?.startsWith('/query')) {
      response.writeHead(200, { 'Content-Type': 'application/geo+json' }).end(body);
    } else response.writeHead(500).end('broken');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago: nothing listens, so connecting fails at once.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function readWritten(path: string) {
  const result = boundariesFromJson(JSON.parse(await readFile(path, 'utf8')));
  return result.ok ? result.features.map((f) => f.id) : result.reason;
}

describe('npm run boundaries:fetch', () => {
  it('converts a local GeoJSON file (--from) and says what it wrote', async () => {
    const out = join(dir, 'from-file', 'icb23.topo.json');
    const run = await runFetch('--from', fixture, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/areas 3, points \d+ -> \d+, shared borders 3 -> 3/);
    expect(run.stdout).toMatch(/Open Government Licence v\.3\.0/);
    expect(run.stdout).toMatch(/warning: no boundary for E54000013/);
    expect(await readWritten(out)).toEqual(['E54000008', 'E54000010', 'E54000011']);
  });

  it('downloads from --url and writes the same file as --from', async () => {
    const fromFile = join(dir, 'a.topo.json');
    const fromUrl = join(dir, 'b.topo.json');
    await runFetch('--from', fixture, '--out', fromFile);
    const run = await runFetch('--url', `${base}/query?f=geojson`, '--out', fromUrl);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Downloading http:\/\/127\.0\.0\.1/);
    expect(await readFile(fromUrl, 'utf8')).toBe(await readFile(fromFile, 'utf8'));
  });

  it('exits 2 with a clear message when the network fails, writing nothing', async () => {
    const out = join(dir, 'never.topo.json');
    const run = await runFetch('--url', `http://127.0.0.1:${closedPort}/query`, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not download .* needs internet access/);
    expect(run.stderr).toMatch(/--from <file>/);
    await expect(stat(out)).rejects.toThrow();
  });

  it.each([
    ['an HTTP error', 2, () => ['--url', `${base}/elsewhere`], /answered HTTP 500/],
    ['a missing file', 2, () => ['--from', join(dir, 'nope.geojson')], /no such file/],
    ['a file that is not JSON', 2, () => ['--from', join(dir, 'bad.json')], /not valid JSON/],
    ['a bad option', 2, () => ['--keep', '7'], /--keep must be/],
    ['JSON that is not boundaries', 1, () => ['--from', join(root, 'package.json')], /cannot/],
  ])('fails on %s with exit code %i', async (_name, code, args, message) => {
    const run = await runFetch(...args(), '--out', join(dir, 'failed.topo.json'));
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });
});
