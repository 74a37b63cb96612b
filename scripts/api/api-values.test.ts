/**
 * Figures of the static API checked against values worked out by hand from the minimal feed
 * (docs/scoring-method.md): live 100, partial at 50% coverage 30 + 70 x 0.5 = 65, piloting without
 * coverage 30; categories weighted identity 1, transfers 2; e-RS 1 and BaRS 3 within transfers.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { minimalFeed } from '../../src/testing/fixtures/feeds/minimal-feed';
import type { ApiFile } from './api-files';
import { planApi } from './plan-api';

function plan(): Map<string, string> {
  const parsed = parseFeed(structuredClone(minimalFeed));
  if (!parsed.ok) throw new Error('the minimal feed must parse');
  const options = { generatedFrom: 'minimal-feed.json', checkedAt: '2026-10-15T09:00:00.000Z' };
  const files: ApiFile[] = planApi({ feed: parsed.feed, mesh: null }, options);
  return new Map(files.map((file) => [file.path, file.body]));
}

const files = plan();
const json = (path: string) => JSON.parse(files.get(path) ?? 'null') as Record<string, unknown>;
const rows = (path: string) => json(path).data as Record<string, unknown>[];

describe('hand-computed figures', () => {
  const s1 = rows('systems/S1/scores.json').filter((row) => row.period === '2026-Q2');
  const byId = (id: string) => s1.find((row) => row.id === id);
  it.each([
    // S1 in 2026-Q2: NHS Number live, e-RS live, BaRS partial at 50%.
    ['overall', (100 * 1 + 73.75 * 2) / 3],
    ['identity', 100],
    ['transfers', (100 * 1 + 65 * 3) / 4],
    ['bars', 65],
    ['e-rs', 100],
  ])('S1 2026-Q2 %s scores %d', (id, expected) => {
    expect(byId(id)?.score).toBeCloseTo(expected, 9);
  });

  it('gives S3 in 2026-Q2 its overall score: (100 + 2 x (100 + 3 x 30) / 4) / 3 = 65', () => {
    const s3 = rows('scores/2026-Q2.json').find((row) => row.code === 'S3');
    expect(s3?.overall).toBeCloseTo(65, 9);
  });

  it.each([
    // Systems valid in each quarter: S2 ended 2026-03-31 and S4 began 2026-04-01.
    ['2025-Q4', ['S1', 'S2', 'S3']],
    ['2026-Q1', ['S1', 'S2', 'S3']],
    ['2026-Q2', ['S1', 'S3', 'S4']],
    ['latest', ['S1', 'S3', 'S4']],
  ])('scores/%s lists the systems of its vintage', (period, codes) => {
    expect(rows(`scores/${period}.json`).map((row) => row.code)).toEqual(codes);
  });

  it('gives each ranked system a rank inside its interval, 1 to the number ranked', () => {
    for (const row of rows('scores/latest.json')) {
      const { rank, rankLow, rankHigh, rankedCount } = row as Record<string, number>;
      expect([rank, rankLow, rankHigh, rankedCount].every(Number.isInteger)).toBe(true);
      expect(rankLow).toBeLessThanOrEqual(rank!);
      expect(rank).toBeLessThanOrEqual(rankHigh!);
      expect(rankHigh).toBeLessThanOrEqual(rankedCount!);
    }
  });

  it("gives NHS Number's 2026-Q2 adoption: 2 of 3 live, 3,000,000 of 3,300,000 residents", () => {
    const summary = json('standards/nhs-number/adoption.json').summary as Record<string, unknown>[];
    const q2 = summary.find((row) => row.period === '2026-Q2');
    expect(q2).toMatchObject({ reporting: 3, live: 2 });
    expect(q2?.shareLive).toBeCloseTo(2 / 3, 9);
    expect(q2?.populationCovered).toBeCloseTo(3_000_000 / 3_300_000, 9);
  });

  it('gives the South region (S3 alone) in 2026-Q2 the score of S3', () => {
    const south = rows('regions.json').find((row) => row.period === '2026-Q2' && row.code === 'R2');
    expect(south).toMatchObject({ level: 'region', systems: 1 });
    expect(south?.populationWeighted).toBeCloseTo(65, 9);
  });

  it('carries the feed licence and illustrative flag in every meta', () => {
    expect(json('systems.json').meta).toMatchObject({
      apiVersion: 'v1',
      illustrative: true,
      generatedFrom: 'minimal-feed.json',
      licence: { name: 'Open Government Licence v3.0' },
      schema: '/api/v1/schemas/systems.schema.json',
    });
  });
});

describe('the CSV and the JSON of one endpoint', () => {
  it('hold the same rows and columns (scores/latest)', () => {
    const data = rows('scores/latest.json') as Record<string, string | number | boolean | null>[];
    const csv = parse<Record<string, string>>(files.get('scores/latest.csv') ?? '', {
      bom: true,
      columns: true,
    });
    expect(csv).toHaveLength(data.length);
    csv.forEach((line, index) => {
      const row = data[index]!;
      expect(Object.keys(line)).toEqual(Object.keys(row));
      for (const [key, value] of Object.entries(row)) {
        const expected = value === null ? '' : String(value);
        expect(line[key], key).toBe(expected);
      }
    });
  });

  it('is described by its CSVW file: columns, datatypes and key', () => {
    const csvw = json('scores/latest.csv-metadata.json');
    expect(csvw).toMatchObject({
      '@context': 'http://www.w3.org/ns/csvw',
      url: 'latest.csv',
      'dc:license': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      tableSchema: { primaryKey: ['code'] },
    });
    const columns = (csvw.tableSchema as { columns: { name: string; datatype: string }[] }).columns;
    const types = Object.fromEntries(columns.map((column) => [column.name, column.datatype]));
    expect(types).toMatchObject({
      period: 'string',
      overall: 'decimal',
      rank: 'integer',
      lowConfidence: 'boolean',
    });
  });
});

describe('the index', () => {
  it('lists every endpoint with its schema, and every system scores path', () => {
    const endpoints = json('index.json').endpoints as {
      id: string;
      schema: string;
      paths: string[];
    }[];
    const scores = endpoints.find((endpoint) => endpoint.id === 'system-scores');
    expect(scores?.paths).toEqual(
      ['S1', 'S2', 'S3', 'S4'].map((c) => `/api/v1/systems/${c}/scores`),
    );
    for (const endpoint of endpoints) {
      expect(files.has(endpoint.schema.replace('/api/v1/', '')), endpoint.id).toBe(true);
      for (const path of endpoint.paths)
        expect(files.has(`${path.replace('/api/v1/', '')}.json`), path).toBe(true);
    }
  });
});
