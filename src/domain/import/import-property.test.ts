import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse-feed';
import { prepareRowReference } from '../feed/reference-tables';
import { checkDomainProduct } from '../mesh/check-product';
import { grantOwnership } from '../mesh/ownership';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { buildProduct } from './build-product';
import { POMI_MEASURES } from './measures';
import { importPomi } from './pomi';
import { createSystemMapper } from './system-map';

/**
 * Any POMI file the importer accepts gives a product the mesh's own check accepts whole, and every
 * practice row is accounted for once: placed, not in the lookup, without figures, or unmapped with
 * a reason. The reference is the minimal feed: S1-S3 of July 2022 (S2 ended in March 2026 and was
 * split), S4 of April 2026; months run from 2019 (older than the geography) to 2027.
 */
// The standards the POMI measures evidence, added beside the fixture's own.
const STANDARDS = [...new Set(Object.values(POMI_MEASURES).map((m) => m.standardId))];
const parsed = parseFeed({
  ...minimalFeed,
  standards: [
    ...minimalFeed.standards,
    ...STANDARDS.filter((id) => id !== undefined).map((id) => ({
      ...minimalFeed.standards[0]!,
      id,
    })),
  ],
});
if (!parsed.ok) throw new Error('the minimal feed must parse');
const reference = prepareRowReference(parsed.feed);
const mapSystem = createSystemMapper(parsed.feed.geography);

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const periodEnd = (year: number, month: number) =>
  `${new Date(Date.UTC(year, month, 0)).getUTCDate()}${MONTHS[month - 1]}${year}`;

// Practices P0-P9 sit in S1, S2, S3, S4 or an ICB code the reference does not know; P10+ are in no lookup.
const ICB_OF = ['S1', 'S2', 'S3', 'S4', 'QXX'];
const LOOKUP = [
  ['PRACTICE_CODE', 'STP_CODE'],
  ...Array.from({ length: 10 }, (_, i) => [`P${i}`, ICB_OF[i % ICB_OF.length]!]),
];

const figure = fc.oneof(
  { weight: 1, arbitrary: fc.constant('NA') },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5000 }).map(String) },
);
const row = fc.record({
  practice: fc.integer({ min: 0, max: 12 }),
  year: fc.integer({ min: 2019, max: 2027 }),
  month: fc.integer({ min: 1, max: 12 }),
  enabled: figure,
  extra: fc.integer({ min: 1, max: 5000 }),
});
const rows = fc.uniqueArray(row, {
  minLength: 1,
  maxLength: 40,
  selector: (r) => `${r.practice} ${r.year} ${r.month}`,
});

const leadingCount = (line: string) => Number(/^(\d+) practices/.exec(line)?.[1] ?? 0);

describe('importPomi (property)', () => {
  it('writes a product the mesh check accepts whole, and accounts for every practice row once', () => {
    fc.assert(
      fc.property(rows, (generated) => {
        const file = [
          ['practice_code', 'report_period_end', 'total_pat_enbld', 'patient_list_size'],
          ...generated.map((r) => {
            // The list size is at least the number enabled, so every share stays within 1.
            const enabled = r.enabled === 'NA' ? 0 : Number(r.enabled);
            return [
              `P${r.practice}`,
              periodEnd(r.year, r.month),
              r.enabled,
              String(enabled + r.extra),
            ];
          }),
        ];
        const outcome = importPomi([{ file: 'p.csv', rows: file }], LOOKUP, 'map.csv', mapSystem);
        if (!outcome.ok) return false;
        const { log, measurements } = outcome.result;
        const accounted = [...log.mapped, ...log.unmapped].map(leadingCount);
        expect(accounted.reduce((sum, n) => sum + n, 0)).toBe(generated.length);
        if (measurements.length === 0) return true;
        const raw = buildProduct(
          'pomi',
          outcome.result,
          [{ file: 'p.csv', sha256: '0'.repeat(64) }],
          '2026-12-06T00:00:00Z',
        );
        const entry = {
          id: 'pomi',
          url: 'pomi.json',
          owner: 'test',
          expectedContract: '1.x',
          domain: [],
        };
        const check = checkDomainProduct({
          raw,
          entry,
          reference,
          grants: grantOwnership({ products: [entry] }),
        });
        if (!check.ok) throw new Error(check.fatal.reason);
        expect(check.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        expect(check.counts.measurements).toEqual({
          read: measurements.length,
          accepted: measurements.length,
          rejected: 0,
        });
        return true;
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
