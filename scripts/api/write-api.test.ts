import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { minimalFeed } from '../../src/testing/fixtures/feeds/minimal-feed';
import { RESPONSE_KINDS } from './api-responses';
import type { ResponseKind } from './api-responses';
import { writeApiFrom } from './write-api';

let outDir = '';
let apiDir = '';
let files: string[] = [];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(apiDir, join(entry.parentPath, entry.name)));
}

const readJson = async (path: string) =>
  JSON.parse(await readFile(join(apiDir, path), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  const parsed = parseFeed(structuredClone(minimalFeed));
  if (!parsed.ok) throw new Error('the minimal feed must parse');
  outDir = await mkdtemp(join(tmpdir(), 'static-api-'));
  const options = { generatedFrom: 'minimal-feed.json', checkedAt: '2026-10-15T09:00:00.000Z' };
  const summary = await writeApiFrom({ feed: parsed.feed, mesh: null }, outDir, options);
  apiDir = summary.apiDir;
  files = await listFiles(apiDir);
});

afterAll(() => rm(outDir, { recursive: true, force: true }));

/** Which schema each JSON file must meet, by its path (the file's own meta is not trusted). */
const KIND_BY_PATH: [RegExp, ResponseKind][] = [
  [/^index\.json$/, 'index'],
  [/^systems\.json$/, 'systems'],
  [/^systems\/[^/]+\/scores\.json$/, 'system-scores'],
  [/^scores\/[^/]+\.json$/, 'period-scores'],
  [/^standards\.json$/, 'standards'],
  [/^standards\/[^/]+\/adoption\.json$/, 'standard-adoption'],
  [/^regions\.json$/, 'regions'],
  [/^products\.json$/, 'products'],
  [/^measures\.json$/, 'measures'],
  [/^measures\/[^/]+\.json$/, 'measure-values'],
];

describe('the static API written from the minimal feed', () => {
  it('validates every JSON response against its published schema (ajv, draft 2020-12)', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validators = new Map<ResponseKind, ValidateFunction>();
    for (const kind of RESPONSE_KINDS)
      validators.set(kind, ajv.compile(await readJson(`schemas/${kind}.schema.json`)));
    // The bulk folder is the bulk writer's, with its own tests.
    const responses = files.filter(
      (file) =>
        file.endsWith('.json') &&
        !/^(schemas|bulk)\//.test(file) &&
        !file.endsWith('.csv-metadata.json'),
    );
    // index, systems, 4 systems' scores, latest + 3 periods, standards, 3 adoptions, regions,
    // products, measures.
    expect(responses).toHaveLength(17);
    for (const file of responses) {
      const kind = KIND_BY_PATH.find(([pattern]) => pattern.test(file))?.[1];
      expect(kind, file).toBeDefined();
      const validate = validators.get(kind!)!;
      const valid = validate(await readJson(file));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('writes every path of the layout for every system, period and standard', () => {
    const expected = [
      'index.json',
      'systems.json',
      'systems.csv',
      'systems.csv-metadata.json',
      'scores/latest.json',
      'regions.csv',
      'products.json',
      'measures.json',
      'schemas/system-scores.schema.json',
      ...['S1', 'S2', 'S3', 'S4'].map((code) => `systems/${code}/scores.csv`),
      ...['2025-Q4', '2026-Q1', '2026-Q2'].map((period) => `scores/${period}.json`),
      ...['nhs-number', 'e-rs', 'bars'].map((id) => `standards/${id}/adoption.csv-metadata.json`),
    ];
    for (const path of expected) expect(files, path).toContain(path);
    const csvs = files.filter((file) => file.endsWith('.csv'));
    for (const csv of csvs) expect(files, csv).toContain(`${csv}-metadata.json`);
  });

  it('keeps an ended system at its path, with its own periods and its successors', async () => {
    const scores = await readJson('systems/S2/scores.json');
    expect(scores.system).toMatchObject({
      code: 'S2',
      validTo: '2026-03-31',
      successors: [
        { code: 'S4', populationShare: 0.6 },
        { code: 'S3', populationShare: 0.4 },
      ],
    });
    const periods = new Set((scores.data as { period: string }[]).map((row) => row.period));
    expect([...periods]).toEqual(['2025-Q4', '2026-Q1']);
    const systems = (await readJson('systems.json')).data as Record<string, unknown>[];
    expect(systems.find((row) => row.code === 'S2')).toMatchObject({
      validTo: '2026-03-31',
      successors: ['S4', 'S3'],
    });
    expect(systems.find((row) => row.code === 'S4')).toMatchObject({ predecessors: ['S2'] });
  });
});
