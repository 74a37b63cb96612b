import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  minimalCatalogue,
  minimalReference,
  productFor,
  SYSTEMS,
} from '../src/testing/fixtures/mesh/minimal-mesh';

const run = promisify(execFile);
const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
const script = join(import.meta.dirname, 'mesh-check.ts');
const bundled = join(import.meta.dirname, '..', 'public', 'data', 'mesh', 'catalogue.json');
// A CLI start takes 1-3 s on a quiet machine; the limit leaves room for a busy two-core one.
const LIMIT = 90_000;

interface Outcome {
  code: number;
  stdout: string;
}

async function check(args: string[]): Promise<Outcome> {
  try {
    const { stdout } = await run(tsx, [script, ...args]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

async function writeMesh(dir: string, edit: (files: Map<string, unknown>) => void = () => {}) {
  const files = new Map<string, unknown>([
    ['catalogue.json', minimalCatalogue()],
    ['reference.json', minimalReference],
    ...SYSTEMS.map(
      (system) => [`products/ics-${system.toLowerCase()}.json`, productFor(system)] as const,
    ),
  ]);
  edit(files);
  await mkdir(join(dir, 'products'), { recursive: true });
  await Promise.all(
    [...files].map(([name, value]) =>
      writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value)),
    ),
  );
  return join(dir, 'catalogue.json');
}

describe('mesh:check', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mesh-check-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it(
    'reports every planted state of the bundled mesh, with counts that reconcile',
    async () => {
      const { code, stdout } = await check([bundled, '--json', '--now', '2026-10-20T00:00:00Z']);
      expect(code).toBe(1);
      const report = JSON.parse(stdout) as {
        products: {
          id: string;
          state: string;
          counts: Record<string, { read: number; accepted: number; rejected: number }> | null;
        }[];
        summary: { states: Record<string, number> };
      };
      // The planted states are the domain products'; the illustrative measured product (monthly,
      // source-aligned) is judged by its own SLA and must have every row accepted.
      const domain = report.products.filter((p) => p.id !== 'nhs-app-use-illustrative');
      const states: Record<string, number> = {};
      for (const product of domain) states[product.state] = (states[product.state] ?? 0) + 1;
      expect(states).toEqual({
        ok: domain.length - 6,
        late: 2,
        missed: 1,
        'rejected-rows': 1,
        unreachable: 1,
        incompatible: 1,
      });
      const measured = report.products.find((p) => p.id === 'nhs-app-use-illustrative');
      expect(measured?.counts?.measurements).toMatchObject({ rejected: 0 });
      expect(measured?.counts?.measurements?.accepted).toBeGreaterThan(0);
      for (const product of report.products) {
        for (const count of Object.values(product.counts ?? {})) {
          expect(count.accepted + count.rejected).toBe(count.read);
        }
      }
    },
    LIMIT,
  );

  it(
    'exits 0 for a healthy mesh of the minimal feed',
    async () => {
      const catalogue = await writeMesh(await tempDir());
      const { code, stdout } = await check([catalogue, '--now', '2026-07-20T00:00:00Z']);
      expect(stdout).toContain('4 ok');
      expect(code).toBe(0);
    },
    LIMIT,
  );

  it(
    'exits 2 when the catalogue is not a catalogue, and when the reference is missing',
    async () => {
      const dir = await tempDir();
      const broken = await writeMesh(dir, (files) =>
        files.set('catalogue.json', '{"catalogueVersion": "1"}'),
      );
      const first = await check([broken]);
      expect(first.code).toBe(2);
      expect(first.stdout).toMatch(/The catalogue .* cannot be used/);
      const noReference = await writeMesh(await tempDir(), (files) =>
        files.delete('reference.json'),
      );
      const second = await check([noReference]);
      expect(second.code).toBe(2);
      expect(second.stdout).toMatch(/reference product/);
      expect(await readFile(join(dir, 'catalogue.json'), 'utf8')).toContain('catalogueVersion');
    },
    LIMIT,
  );
});
