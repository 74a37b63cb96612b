import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server as msw } from '../../src/testing/msw/server';
import { precompressDir } from './precompress';
import { IMMUTABLE, REVALIDATE, cacheControlFor, createStaticServer } from './static-server';

// Big enough to be precompressed (MIN_BYTES), small enough to read in a failure message.
const script = `export const rows = [${'"a row of the feed",'.repeat(80)}];\n`;
const feed = JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ code: `E${i}` })) });
const html = '<!doctype html><title>Dashboard</title><div id="root"></div>';

const files: Record<string, string> = {
  'index.html': html,
  'assets/index-AbCd_123.js': script,
  'assets/images/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'data/feed.json': feed,
  'schema/feed.odcs.yaml': 'kind: DataContract\n',
  'geo/boundaries.topojson': '{"type":"Topology"}',
  'geo/boundaries.geojson': '{"type":"FeatureCollection"}',
};

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded({ headers, body }: Answer): string {
  if (headers['content-encoding'] === 'br') return brotliDecompressSync(body).toString();
  if (headers['content-encoding'] === 'gzip') return gunzipSync(body).toString();
  return body.toString();
}

let dir = '';
let server: Server;
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-server-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await precompressDir(dir);
  server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

// msw refuses unhandled requests in tests; these go to a real local server on purpose.
beforeEach(() => {
  msw.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough()));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('createStaticServer', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['', undefined],
  ])('answers Accept-Encoding "%s" with encoding %s', async (accept, encoding) => {
    const answer = await get('/assets/index-AbCd_123.js', { 'accept-encoding': accept });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toBe('text/javascript');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(decoded(answer)).toBe(script);
  });

  it.each([
    ['/assets/index-AbCd_123.js', IMMUTABLE, 'text/javascript'],
    ['/assets/images/icon.svg', REVALIDATE, 'image/svg+xml'],
    ['/', REVALIDATE, 'text/html;charset=utf-8'],
    ['/index.html', REVALIDATE, 'text/html;charset=utf-8'],
    ['/data/feed.json', REVALIDATE, 'application/json'],
    ['/schema/feed.odcs.yaml', REVALIDATE, 'application/yaml'],
    ['/geo/boundaries.topojson', REVALIDATE, 'application/json'],
    ['/geo/boundaries.geojson', REVALIDATE, 'application/geo+json'],
  ])('serves %s with Cache-Control "%s" and type %s', async (path, cache, type) => {
    const answer = await get(path, { 'accept-encoding': 'br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe(cache);
    expect(answer.headers['content-type']).toBe(type);
  });

  it('sends the feed brotli-compressed, and the same feed once decoded', async () => {
    const answer = await get('/data/feed.json', { 'accept-encoding': 'gzip, br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.body.length).toBeLessThan(feed.length / 4);
    expect(decoded(answer)).toBe(feed);
  });

  it.each(['/systems', '/systems/E54000008/report', '/data/products'])(
    'answers the client route %s with index.html',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe(REVALIDATE);
      expect(decoded(answer)).toBe(html);
    },
  );

  it.each(['/data/missing.json', '/assets/gone-AbCd_123.js', '/schema/none.yaml'])(
    'answers the missing file %s with 404, never the app',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(decoded(answer)).not.toContain('<div id="root">');
    },
  );

  it('answers 304 to a revalidation of an unchanged file', async () => {
    const first = await get('/data/feed.json');
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get('/data/feed.json', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('cacheControlFor', () => {
  it.each([
    ['/assets/index-CV980OoY.js', IMMUTABLE],
    ['/assets/index-DL6X6f5r.css', IMMUTABLE],
    ['/assets/feed.worker-DUE1w3c3.js', IMMUTABLE],
    ['/assets/board-report-page-Bnhva7t-.js.map', IMMUTABLE],
    // Copied from public/ with no hash: a new build may change them under the same name.
    ['/assets/images/nhsuk-icon-arrow-up-circle.svg', REVALIDATE],
    ['/assets/index.js', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/data/mesh/catalogue.json', REVALIDATE],
    ['/schema/feed-v1.schema.json', REVALIDATE],
    ['/systems/E54000008', REVALIDATE],
  ])('%s -> %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });
});
