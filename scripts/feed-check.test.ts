import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from './testing/run-script';
import type { ScriptRun } from './testing/run-script';
import type { CheckReport } from '../src/domain/feed/check-report';
import { minimalFeed } from '../src/testing/fixtures/feeds/minimal-feed';
import { buildSampleFeed, DEFAULT_GENERATED_AT, DEFAULT_SEED } from './sample-feed/build-feed';
import { readReference } from './sample-feed/read-reference';
import { feedToJson } from './sample-feed/serialise-feed';

const NOW = '2026-10-20T00:00:00Z';

/** Runs the command in a child process, as a person would. */
function runChecker(...args: string[]): Promise<ScriptRun> {
  return runScript('scripts/feed-check.ts', ...args);
}

let dir = '';
let server: Server;
let base = '';
const path = (name: string) => join(dir, name);
const sampleJson = feedToJson(
  buildSampleFeed(readReference(), { seed: DEFAULT_SEED, generatedAt: DEFAULT_GENERATED_AT }),
);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feed-check-'));
  const broken = structuredClone(minimalFeed);
  broken.observations[4] = {
    ...broken.observations[4],
    status: 'done',
  } as unknown as (typeof broken.observations)[number];
  await Promise.all([
    writeFile(path('sample.json'), sampleJson),
    writeFile(path('broken.json'), JSON.stringify(broken)),
    writeFile(path('fatal.json'), JSON.stringify({ metadata: {} })),
    writeFile(path('not-json.json'), 'this is not JSON'),
  ]);
  server = createServer((req, res) => {
    if (req.url === '/feed.json')
      res.writeHead(200, { 'content-type': 'application/json' }).end(sampleJson);
    else if (req.url === '/not-json')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>');
    else res.writeHead(500, 'Internal Server Error').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

// Each test starts a child process; under a loaded CI machine that can take seconds.
describe.concurrent('feed-check CLI', { timeout: 90_000 }, () => {
  it('passes the sample feed with exit 0 and prints reconciled counts', async () => {
    const run = await runChecker(path('sample.json'), '--now', NOW);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Result: VALID');
    expect(run.stdout).toMatch(/observations\s+(\d+)\s+\1\s+0/);
    expect(run.stdout).toMatch(/systems\s+49\s+49\s+0/);
    expect(run.stdout).toContain('Every table reconciles');
  });

  it('prints the same report as JSON with --json', async () => {
    const run = await runChecker(path('sample.json'), '--json', '--now', NOW);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(Object.keys(report)).toEqual([
      'source',
      'checkedAt',
      'verdict',
      'exitCode',
      'unreadable',
      'fatal',
      'feed',
      'rejected',
      'warnings',
      'counts',
      'totals',
      'reconciles',
    ]);
    expect(report).toMatchObject({
      verdict: 'valid',
      exitCode: 0,
      checkedAt: '2026-10-20T00:00:00.000Z',
      reconciles: true,
    });
    expect(report.totals.rejected).toBe(0);
    expect(report.counts).toHaveLength(11); // one per table, measures and measurements too
  });

  it('lists a rejected row with its path and reason and exits 1', async () => {
    const run = await runChecker(path('broken.json'), '--now', NOW);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Result: ROWS REJECTED');
    expect(run.stdout).toContain('$.observations[4].status');
    expect(run.stdout).toMatch(/observations\s+25\s+24\s+1/);
  });

  it('reports a fatal envelope and exits 1', async () => {
    const run = await runChecker(path('fatal.json'), '--now', NOW);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Result: FATAL');
    expect(run.stdout).toContain('Fatal error at $.metadata');
  });

  it.each([
    ['a missing file', () => path('missing.json'), /no such file/],
    ['a file that is not JSON', () => path('not-json.json'), /is not valid JSON/],
    ['an HTTP error', () => `${base}/500`, /answered HTTP 500 Internal Server Error/],
    ['a URL that is not JSON', () => `${base}/not-json`, /is not valid JSON/],
  ])('exits 2 for %s and says what failed', async (_name, source, reason) => {
    const run = await runChecker(source(), '--now', NOW);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Result: UNREADABLE');
    expect(run.stdout).toMatch(reason);
  });

  it('checks a feed from a URL', async () => {
    const run = await runChecker(`${base}/feed.json`, '--json', '--now', NOW);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CheckReport).verdict).toBe('valid');
  });

  it('exits 2 with the usage when no feed is given', async () => {
    const run = await runChecker();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run feed:check');
  });
});
