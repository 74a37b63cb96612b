/** feed:check on a data product alone: checked as the mesh checks it, against a reference. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../src/domain/feed/check-report';
import { MEASURED_MEASURES, measuredFeed } from '../src/testing/fixtures/feeds/measured-feed';
import { minimalReference, productFor } from '../src/testing/fixtures/mesh/minimal-mesh';
import { runScript } from './testing/run-script';

const NOW = '2026-10-20T00:00:00Z';
let dir = '';
const path = (name: string) => join(dir, name);

/** S1's product with the measured feed's measures, and S1's three measurements plus S3's. */
function measuredProduct(brokenValue: boolean) {
  const measurements = structuredClone(measuredFeed.measurements).slice(0, 4);
  if (brokenValue) measurements[1] = { ...measurements[1]!, value: 0.8 }; // 45 / 60 = 0.75
  const base = productFor('S1');
  return {
    ...base,
    metadata: { ...base.metadata, schemaVersion: '1.2' },
    measures: MEASURED_MEASURES,
    measurements,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feed-check-product-'));
  await Promise.all([
    writeFile(path('reference.json'), JSON.stringify(minimalReference)),
    writeFile(path('good.json'), JSON.stringify(productFor('S1'))),
    writeFile(path('measured.json'), JSON.stringify(measuredProduct(true))),
    writeFile(
      path('no-id.json'),
      JSON.stringify({ ...productFor('S1'), product: { ...productFor('S1').product, id: 'X' } }),
    ),
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const check = (file: string, ...args: string[]) =>
  runScript('scripts/feed-check.ts', path(file), '--now', NOW, ...args);

describe.concurrent('feed-check on a data product', { timeout: 90_000 }, () => {
  it('passes a product that owns its rows, against the reference given', async () => {
    const run = await check('good.json', '--reference', path('reference.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Result: VALID');
    // S1: 3 standards x 3 quarters, and one technology row, in the minimal feed.
    expect(run.stdout).toMatch(/observations\s+9\s+9\s+0/);
    expect(run.stdout).toMatch(/technology\s+1\s+1\s+0/);
  });

  it('rejects a measurement off its numerator / denominator and one for a system not owned', async () => {
    const run = await check('measured.json', '--reference', path('reference.json'), '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(report.verdict).toBe('rows-rejected');
    expect(report.rejected.map((issue) => issue.path)).toEqual([
      '$.measurements[2].system',
      '$.measurements[1].value',
    ]);
    expect(report.counts.find((t) => t.table === 'measurements')).toEqual({
      table: 'measurements',
      read: 4,
      accepted: 2,
      rejected: 2,
      reconciles: true,
    });
  });

  it('is fatal (exit 1) when the descriptor does not fit, and unreadable (exit 2) without a reference', async () => {
    const [fatal, missing] = await Promise.all([
      check('no-id.json', '--reference', path('reference.json'), '--json'),
      check('good.json', '--reference', path('nope.json')),
    ]);
    expect(fatal.code).toBe(1);
    expect((JSON.parse(fatal.stdout) as CheckReport).fatal?.path).toBe('$.product.id');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('the reference: no such file');
  });

  it('checks against the bundled reference by default', async () => {
    const run = await runScript(
      'scripts/feed-check.ts',
      'public/data/mesh/products/bath-and-north-east-somerset-swindon-and-wiltshire.json',
      '--now',
      NOW,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/measurements\s+0\s+0\s+0/);
  });
});
