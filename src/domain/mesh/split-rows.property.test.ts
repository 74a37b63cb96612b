/**
 * splitOwnedRows and splitProductRows against their versions before the list was kept uncopied and
 * the last system's ownership answer remembered: the same kept rows, refusals, way back to the
 * file's positions and paths, on seeded generated products (fast-check, so every run is the same).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalReference } from '../../testing/fixtures/mesh/minimal-mesh';
import type { FeedIssue } from '../feed/feed-issues';
import type { Measure } from '../feed/feed-schema';
import { createRegistry } from '../feed/id-registry';
import { parseFeed } from '../feed/parse-feed';
import { parseMeasures } from '../feed/parse-measures';
import { prepareRowReference } from '../feed/reference-tables';
import type { RowReference } from '../feed/reference-tables';
import { ownershipProblem } from './ownership';
import type { Grants } from './ownership';
import type { ProductDescriptor } from './product-schema';
import { splitOwnedRows } from './split-owned-rows';
import type { OwnedRows, OwnedTable, RowRefusal } from './split-owned-rows';
import { splitProductRows } from './split-product-rows';

const RUNS = { seed: 2026, numRuns: 300 };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

type Problem = (system: string, row: Record<string, unknown>) => string | RowRefusal | null;

/** splitOwnedRows as it was: every kept row copied, the way back built row by row. */
function previousSplitOwnedRows(rows: unknown, table: OwnedTable, problem: Problem): OwnedRows {
  if (!Array.isArray(rows)) {
    return { read: 0, kept: rows, refused: [], remap: (issue) => issue, fileIndex: [] };
  }
  const kept: unknown[] = [];
  const fileIndex: number[] = [];
  const refused: FeedIssue[] = [];
  rows.forEach((row: unknown, index) => {
    const system = isRecord(row) && typeof row.system === 'string' ? row.system.trim() : null;
    const refusal = system === null || !isRecord(row) ? null : problem(system, row);
    if (refusal === null) {
      kept.push(row);
      fileIndex.push(index);
    } else {
      const { field, reason } =
        typeof refusal === 'string' ? { field: 'system', reason: refusal } : refusal;
      refused.push({ severity: 'error', table, path: `$.${table}[${index}].${field}`, reason });
    }
  });
  const pattern = new RegExp(`^\\$\\.${table}\\[(\\d+)\\]`);
  const remap = (issue: FeedIssue): FeedIssue => {
    const match = pattern.exec(issue.path);
    if (!match) return issue;
    const path = issue.path.replace(pattern, () => `$.${table}[${fileIndex[Number(match[1])]}]`);
    return { ...issue, path };
  };
  return { read: rows.length, kept, refused, remap, fileIndex };
}

/** splitProductRows as it was: the ownership rule asked afresh for every row. */
function previousSplitProductRows(
  raw: Record<string, unknown>,
  descriptor: ProductDescriptor,
  grants: Grants,
  reference: RowReference,
) {
  const declared = new Set(descriptor.domain);
  const owned = (system: string) => ownershipProblem(system, descriptor.id, declared, grants);
  const technology = previousSplitOwnedRows(raw.technology, 'technology', owned);
  if (descriptor.alignment === 'source') {
    const measures = Array.isArray(raw.measures) ? raw.measures : [];
    const parsed = parseMeasures(measures, reference.ids.standards, createRegistry<Measure>());
    const standards = new Set(parsed.values.flatMap((measure) => measure.standardId ?? []));
    return {
      observations: previousSplitOwnedRows(raw.observations, 'observations', (_system, row) => {
        const standard = typeof row.standard === 'string' ? row.standard.trim() : null;
        if (standard === null || standards.has(standard)) return null;
        return {
          field: 'standard',
          reason: `Standard ${JSON.stringify(standard)} is not one this source-aligned product measures; it may publish observations only of the standards its measures name in standardId`,
        };
      }),
      technology,
      measurements: previousSplitOwnedRows(raw.measurements, 'measurements', () => null),
    };
  }
  return {
    observations: previousSplitOwnedRows(raw.observations, 'observations', owned),
    technology,
    measurements: previousSplitOwnedRows(raw.measurements, 'measurements', owned),
  };
}

/** What a split says, with its remap applied to a path at every kept position and one beside. */
function outcome(split: OwnedRows) {
  const kept = Array.isArray(split.kept) ? split.kept : [];
  const paths = kept.flatMap((_row, index) => [
    `$.observations[${index}].period`,
    `$.technology[${index}]`,
    `$.measurements[${index}].value`,
  ]);
  const issue = (path: string): FeedIssue => ({
    severity: 'error',
    table: 'observations',
    path,
    reason: 'x',
  });
  return {
    read: split.read,
    kept: split.kept,
    refused: split.refused,
    fileIndex: [...split.fileIndex],
    remapped: [...paths, '$.metadata.title'].map((path) => split.remap(issue(path))),
  };
}

const SYSTEMS = ['S1', 'S2', 'S3', 'S4', ' S1 ', 'S9', ''];
const system = fc.oneof(fc.constantFrom<unknown>(...SYSTEMS), fc.constantFrom<unknown>(7, null));
const standard = fc.constantFrom<unknown>('nhs-number', 'e-rs', ' bars', 'unknown', 3);
const row = fc.oneof(
  { weight: 8, arbitrary: fc.record({ system, standard, period: fc.constant('2025-Q1') }) },
  { weight: 1, arbitrary: fc.record({ standard }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 4, 'row', [], [{ system: 'S1' }]) },
);
/** Mostly runs of one system, as products list them, with strays between. */
const rows = fc.oneof(
  { weight: 6, arbitrary: fc.array(row, { maxLength: 60, size: 'max' }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'rows', {}) },
);

describe('splitOwnedRows against the previous version', () => {
  const problems: Problem[] = [
    () => null,
    (s) => (s === 'S2' ? 'not yours' : null),
    (s, r) => (s === 'S1' && r.standard !== 'e-rs' ? { field: 'standard', reason: 'no' } : null),
    () => 'never',
  ];

  it('keeps, refuses and maps paths back as before', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom<OwnedTable>('observations', 'technology', 'measurements'),
        fc.constantFrom(...problems),
        (list, table, problem) => {
          const next = outcome(splitOwnedRows(list, table, problem));
          expect(next).toEqual(outcome(previousSplitOwnedRows(list, table, problem)));
        },
      ),
      RUNS,
    );
  });
});

describe('splitProductRows against the previous version', () => {
  const parsed = parseFeed(minimalReference);
  if (!parsed.ok) throw new Error('the minimal reference must parse');
  const reference = prepareRowReference(parsed.feed);
  const owners = fc.dictionary(
    fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S9'),
    fc.constantFrom('p', 'q'),
  );
  const measures = fc.constantFrom<unknown>(
    undefined,
    [],
    [{ id: 'm', name: 'M', kind: 'count', frequency: 'quarter', standardId: 'e-rs' }],
  );

  it('sets aside the same rows for the same reasons, a domain or a source-aligned product', () => {
    fc.assert(
      fc.property(
        fc.record({ observations: rows, technology: rows, measurements: rows, measures }),
        fc.subarray(['S1', 'S2', 'S3', 'S9']),
        fc.constantFrom<ProductDescriptor['alignment']>('domain', 'source'),
        owners,
        (raw, domain, alignment, owned) => {
          const descriptor = { id: 'p', domain, alignment } as ProductDescriptor;
          const grants: Grants = { owners: new Map(Object.entries(owned)), conflicts: [] };
          const next = splitProductRows(raw, descriptor, grants, reference);
          const previous = previousSplitProductRows(raw, descriptor, grants, reference);
          for (const table of ['observations', 'technology', 'measurements'] as const) {
            expect(outcome(next[table])).toEqual(outcome(previous[table]));
          }
        },
      ),
      RUNS,
    );
  });
});
