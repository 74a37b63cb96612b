import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server as msw } from '../../src/testing/msw/server';
import { readInput } from './read-input';

let dir = '';
let server: Server;
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-input-'));
  await writeFile(join(dir, 'good.json'), '{"a":1}');
  await writeFile(join(dir, 'bad.json'), '{"a":');
  server = createServer((req, res) => {
    if (req.url === '/good') res.writeHead(200, { 'content-type': 'application/json' }).end('[1]');
    else if (req.url === '/html') res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
    else res.writeHead(500).end('boom');
  });
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

describe('readInput', () => {
  it('reads JSON from a file', async () => {
    expect(await readInput(join(dir, 'good.json'))).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['a missing file', 'missing.json', /no such file/],
    ['a directory', '.', /is a directory/],
    ['a file that is not JSON', 'bad.json', /is not valid JSON/],
  ])('explains %s', async (_name, name, reason) => {
    const result = await readInput(join(dir, name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reads JSON from a URL', async () => {
    expect(await readInput(`${base}/good`)).toEqual({ ok: true, value: [1] });
  });

  it.each([
    ['an HTTP error', '/500', /answered HTTP 500/],
    ['a response that is not JSON', '/html', /is not valid JSON/],
  ])('explains %s from a URL', async (_name, path, reason) => {
    const result = await readInput(`${base}${path}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('explains a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await readInput(`http://127.0.0.1:${port}/feed.json`, 2000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/could not fetch/);
  });
});
