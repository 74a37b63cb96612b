import { describe, expect, it } from 'vitest';
import { entryFor, minimalCatalogue, productFor } from '../../testing/fixtures/mesh/minimal-mesh';
import { grants, reference, rowReference } from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { prepareRowReference } from '../feed/reference-tables';
import { checkDomainProduct } from './check-product';
import type { ProductCheck, ProductCheckOk } from './check-product';
import { grantOwnership } from './ownership';

function check(raw: unknown, system = 'S1', entry = entryFor(system)): ProductCheck {
  return checkDomainProduct({ raw, entry, reference: rowReference, grants });
}

function rowOf(rows: Record<string, unknown>[], index: number): Record<string, unknown> {
  const row = rows[index];
  if (!row) throw new Error(`no row ${index}`);
  return row;
}

function ok(result: ProductCheck): ProductCheckOk {
  if (!result.ok) throw new Error(`expected a usable product, got ${result.fatal.reason}`);
  return result;
}

describe('checkDomainProduct', () => {
  it('accepts every row of a product that owns its systems', () => {
    const result = ok(check(productFor('S1')));
    // S1 has 9 observations (3 standards x 3 quarters) and 1 technology row in the minimal feed.
    expect(result.counts).toEqual({
      observations: { read: 9, accepted: 9, rejected: 0 },
      technology: { read: 1, accepted: 1, rejected: 0 },
      measures: { read: 0, accepted: 0, rejected: 0 },
      measurements: { read: 0, accepted: 0, rejected: 0 },
    });
    expect(result.issues).toEqual([]);
    expect(result.latestPeriod).toBe('2026-Q2');
    expect(result.descriptor.version).toBe('1.0.0');
  });

  it('rejects rows for a system the product does not own, at their own paths', () => {
    const raw = productFor('S1');
    raw.observations.splice(1, 0, { ...rowOf(raw.observations, 0), system: 'S2' });
    raw.observations.push({ ...rowOf(raw.observations, 0), system: 'S9' });
    const result = ok(check(raw));
    expect(result.counts.observations).toEqual({ read: 11, accepted: 9, rejected: 2 });
    expect(result.issues.map((issue) => issue.path)).toEqual([
      '$.observations[1].system',
      '$.observations[10].system',
    ]);
    expect(result.issues[0]?.reason).toContain('belongs to data product "ics-s2"');
    expect(result.issues[1]?.reason).toContain('not in this product');
  });

  it('keeps row-rule paths pointing into the file after an ownership rejection', () => {
    // A copy: productFor shares its row objects with the minimal feed, which later tests read.
    const raw = structuredClone(productFor('S1'));
    raw.observations.unshift({ ...rowOf(raw.observations, 0), system: 'S2' });
    // File index 3 (kept index 2) gets a coverage the contract forbids.
    rowOf(raw.observations, 3).coverage = 7;
    const result = ok(check(raw));
    expect(result.issues.map((issue) => issue.path)).toEqual([
      '$.observations[0].system',
      '$.observations[3].coverage',
    ]);
    expect(result.counts.observations).toEqual({ read: 10, accepted: 8, rejected: 2 });
  });

  it('judges rows by the reference lookups it is handed, as given, not by parsing the reference', () => {
    // Lookups prepared once from a reference without the standard "bars": the check must use them
    // as they are, so S1's three bars rows (file rows 2, 5 and 8) are now of an unknown standard.
    const withoutBars = prepareRowReference({
      ...reference,
      standards: reference.standards.filter((standard) => standard.id !== 'bars'),
    });
    const entry = entryFor('S1');
    const result = ok(
      checkDomainProduct({ raw: productFor('S1'), entry, reference: withoutBars, grants }),
    );
    expect(result.counts.observations).toEqual({ read: 9, accepted: 6, rejected: 3 });
    expect(result.issues.map((issue) => [issue.path, issue.reason])).toEqual(
      [2, 5, 8].map((row) => [
        `$.observations[${row}].standard`,
        'Unknown standard "bars": it is not listed in standards',
      ]),
    );
  });

  it('refuses a claim the catalogue gave to an earlier product', () => {
    const catalogue = minimalCatalogue();
    catalogue.products.push(entryFor('S1', { id: 'greedy', domain: ['S1'] }));
    const conflictGrants = grantOwnership(catalogue);
    expect(conflictGrants.conflicts).toEqual([
      { system: 'S1', product: 'greedy', owner: 'ics-s1' },
    ]);
    const raw = productFor('S1');
    raw.product.id = 'greedy';
    const entry = entryFor('S1', { id: 'greedy' });
    const result = checkDomainProduct({
      raw,
      entry,
      reference: rowReference,
      grants: conflictGrants,
    });
    expect(ok(result).counts.observations).toEqual({ read: 9, accepted: 0, rejected: 9 });
  });

  it.each([
    ['not an object', [], 'failed', '$'],
    ['no descriptor', { ...productFor('S1'), product: undefined }, 'failed', '$.product'],
    [
      'a bad SLA',
      {
        ...productFor('S1'),
        product: { ...productFor('S1').product, sla: { frequency: 'quarterly', latencyDays: -1 } },
      },
      'failed',
      '$.product.sla.latencyDays',
    ],
    [
      'another id',
      { ...productFor('S1'), product: { ...productFor('S1').product, id: 'other' } },
      'failed',
      '$.product.id',
    ],
    [
      'contract 2.0',
      { ...productFor('S1'), metadata: { ...productFor('S1').metadata, schemaVersion: '2.0' } },
      'incompatible',
      '$.metadata.schemaVersion',
    ],
    ['no metadata', { ...productFor('S1'), metadata: undefined }, 'failed', '$.metadata'],
  ])('makes a product with %s unusable', (_label, raw, kind, path) => {
    const result = check(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe(kind);
    expect(result.fatal.path).toBe(path);
  });
});
