import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSample, DEFAULT_GENERATED_AT, DEFAULT_SEED } from '../sample-feed/build-feed';
import { readReference } from '../sample-feed/read-reference';
import { checkDomainProduct } from '../../src/domain/mesh/check-product';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { prepareRowReference } from '../../src/domain/feed/reference-tables';
import { grantOwnership } from '../../src/domain/mesh/ownership';
import { valueAgrees } from '../../src/domain/measures/measure-value';
import {
  ILLUSTRATIVE_MEASURE,
  MEASURED_PRODUCT_ID,
  measuredMonths,
  measuredProduct,
  measuredRows,
  withMeasuredProduct,
} from './measured-product';
import { splitFeed } from './split-feed';

const { feed } = buildSample(readReference(), {
  seed: DEFAULT_SEED,
  generatedAt: DEFAULT_GENERATED_AT,
});
const rows = measuredRows(feed, DEFAULT_SEED);

describe('the illustrative measured product', () => {
  it('covers twelve months, October 2025 to September 2026', () => {
    expect(measuredMonths()).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
  });

  // 42 ICBs until March 2026; from April the 29 that kept their code plus the 7 new ones.
  it.each([
    ['2026-03', 42],
    ['2026-04', 36],
  ])('publishes %s on the systems of that month (%i)', (month, count) => {
    expect(rows.filter((row) => row.period === month)).toHaveLength(count);
  });

  it('gives every row a value that follows from its numbers, in a plausible range', () => {
    for (const row of rows) {
      const expected = (row.numerator / (row.denominator ?? 1)) * 1000;
      expect(valueAgrees(row.value, expected)).toBe(true);
      expect(row.value).toBeGreaterThanOrEqual(120);
      expect(row.value).toBeLessThanOrEqual(420);
    }
  });

  it('is the same for the same seed and different for another', () => {
    expect(measuredProduct(feed, DEFAULT_SEED)).toEqual(measuredProduct(feed, DEFAULT_SEED));
    expect(measuredRows(feed, '7')).not.toEqual(rows);
  });

  it('passes the mesh product check with every row accepted', () => {
    const mesh = withMeasuredProduct(splitFeed(feed), feed, DEFAULT_SEED);
    const entry = mesh.catalogue.products.at(-1);
    expect(entry).toMatchObject({ id: MEASURED_PRODUCT_ID, domain: [] });
    const parsed = parseFeed(mesh.reference);
    if (!parsed.ok || !entry) throw new Error('the reference must parse');
    const result = checkDomainProduct({
      raw: mesh.products.get(`${MEASURED_PRODUCT_ID}.json`),
      entry,
      reference: prepareRowReference(parsed.feed),
      grants: grantOwnership(mesh.catalogue),
    });
    if (!result.ok) throw new Error('the product must be usable');
    expect(result.counts.measurements).toEqual({
      read: rows.length,
      accepted: rows.length,
      rejected: 0,
    });
    expect(result.counts.measures.accepted).toBe(1);
  });

  it('says it is illustrative in its measure and its metadata', () => {
    const product = measuredProduct(feed, DEFAULT_SEED) as { metadata: { illustrative: boolean } };
    expect(product.metadata.illustrative).toBe(true);
    expect(ILLUSTRATIVE_MEASURE.name).toContain('ILLUSTRATIVE');
  });

  it('keeps every seed within the plausible range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) =>
        measuredRows(feed, String(seed)).every((row) => row.value >= 120 && row.value <= 420),
      ),
      { seed: 14, numRuns: 5 },
    );
  });
});
