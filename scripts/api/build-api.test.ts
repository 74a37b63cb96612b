import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  minimalCatalogue,
  minimalReference,
  productFor,
  SYSTEMS,
} from '../../src/testing/fixtures/mesh/minimal-mesh';
import { minimalFeed } from '../../src/testing/fixtures/feeds/minimal-feed';
import { runScript } from '../testing/run-script';

const SCRIPT = 'scripts/api/build-api.ts';
let dir = '';

async function writeJson(path: string, value: unknown) {
  await writeFile(join(dir, path), JSON.stringify(value));
}

const readJson = async (path: string) =>
  JSON.parse(await readFile(join(dir, path), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'api-build-'));
  await mkdir(join(dir, 'products'));
  await writeJson('feed.json', minimalFeed);
  await writeJson('catalogue.json', minimalCatalogue());
  await writeJson('reference.json', minimalReference);
  for (const system of SYSTEMS)
    await writeJson(`products/ics-${system.toLowerCase()}.json`, productFor(system));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run api:build', () => {
  it('writes the API of one feed, with no data products', async () => {
    const run = await runScript(SCRIPT, join(dir, 'feed.json'), '--out', join(dir, 'from-feed'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \d+ files/);
    const products = await readJson('from-feed/api/v1/products.json');
    expect(products).toMatchObject({ mesh: false, data: [] });
    expect(products.meta).toMatchObject({ generatedFrom: 'feed.json' });
  });

  it('writes the API of a mesh, one product row per catalogue entry, freshness as of --now', async () => {
    const out = join(dir, 'from-mesh');
    const now = '2026-10-15T09:00:00Z';
    const run = await runScript(SCRIPT, join(dir, 'catalogue.json'), '--out', out, '--now', now);
    expect(run.code, run.stderr).toBe(0);
    const products = await readJson('from-mesh/api/v1/products.json');
    expect(products).toMatchObject({ mesh: true, checkedAt: '2026-10-15T09:00:00.000Z' });
    expect((products.data as { id: string }[]).map((row) => row.id)).toEqual(
      SYSTEMS.map((system) => `ics-${system.toLowerCase()}`),
    );
    const scores = await readJson('from-mesh/api/v1/systems/S2/scores.json');
    expect(scores.system).toMatchObject({ code: 'S2', validTo: '2026-03-31' });
  });

  it.each([
    ['no input', ['--out', '/tmp/x']],
    ['no --out', ['feed.json']],
    ['a bad --now', ['feed.json', '--out', '/tmp/x', '--now', 'yesterday']],
  ])('exits 2 with the usage for %s', async (_what, args) => {
    const run = await runScript(SCRIPT, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run api:build/);
  });

  it('exits 2 naming the input when it cannot be read', async () => {
    const missing = join(dir, 'missing.json');
    const run = await runScript(SCRIPT, missing, '--out', join(dir, 'none'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${missing} cannot be used`);
  });
});
