import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ODCS_CONTRACT_ID, ODCS_CONTRACT_VERSION } from '../../src/domain/feed/odcs-contract';
import { buildSample, DEFAULT_GENERATED_AT, DEFAULT_SEED } from '../sample-feed/build-feed';
import { readReference } from '../sample-feed/read-reference';
import { odpsFiles } from './odps-files';
import { splitFeed } from './split-feed';

const { feed } = buildSample(readReference(), {
  seed: DEFAULT_SEED,
  generatedAt: DEFAULT_GENERATED_AT,
});
const mesh = splitFeed(feed);
const files = odpsFiles(mesh);
const published = join(import.meta.dirname, '..', '..', 'public', 'data', 'mesh');

interface Odps {
  apiVersion: string;
  kind: string;
  id: string;
  status: string;
  outputPorts: { name: string; version: string; contractId: string }[];
}
const descriptors = [...files].map(([path, text]) => [path, parse(text) as Odps] as const);

describe('the sample mesh’s ODPS descriptors', () => {
  it('are one per published product plus the reference product: 48 + 1', () => {
    expect(files.size).toBe(49);
    expect(files.has('reference.odps.yaml')).toBe(true);
    for (const name of mesh.products.keys())
      expect(files.has(`products/${name.replace(/\.json$/, '.odps.yaml')}`)).toBe(true);
  });

  it('match the committed files byte for byte (run npm run mesh:build)', () => {
    for (const [path, text] of files)
      expect(readFileSync(join(published, path), 'utf8'), path).toBe(text);
  });

  it('have the keys ODPS v1.0.0 requires and the id of the file they sit in', () => {
    for (const [path, odps] of descriptors) {
      expect(odps, path).toMatchObject({ apiVersion: 'v1.0.0', kind: 'DataProduct' });
      expect(path.endsWith(`${odps.id}.odps.yaml`), path).toBe(true);
      expect(['draft', 'active', 'deprecated', 'retired'], path).toContain(odps.status);
    }
  });

  it('name the ODCS contract on their output port, by id and the version their file declares', () => {
    const versions = new Map<string, string[]>();
    for (const [, odps] of descriptors) {
      expect(odps.outputPorts).toHaveLength(1);
      const [port] = odps.outputPorts;
      expect(port?.contractId).toBe(ODCS_CONTRACT_ID);
      versions.set(port?.version ?? '', [...(versions.get(port?.version ?? '') ?? []), odps.id]);
    }
    // Only the product planted to declare contract 2.0 names another version.
    expect(versions.get('2.0.0')).toEqual(mesh.planted.otherContract);
    expect(versions.get(ODCS_CONTRACT_VERSION)).toHaveLength(48);
  });
});
