import { describe, expect, it } from 'vitest';
import { MEASURED_MEASURES, measuredFeed } from '../../testing/fixtures/feeds/measured-feed';
import { entryFor, productFor } from '../../testing/fixtures/mesh/minimal-mesh';
import { grants, rowReference } from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { checkDomainProduct, productRowTotals } from './check-product';
import type { ProductCheck, ProductCheckOk } from './check-product';

const SOURCE = 'nhs-app-mi';

/** A source-aligned product: the measured feed's measures and measurements, owning no system. */
function sourceProduct() {
  const base = productFor('S1');
  return {
    metadata: { ...base.metadata, schemaVersion: '1.2', publisher: 'NHS England' },
    product: {
      ...base.product,
      id: SOURCE,
      domain: [] as string[],
      alignment: 'source',
      sla: { frequency: 'monthly', latencyDays: 30 },
      lineage: {
        publisher: 'NHS England',
        publicationUrl: 'https://digital.nhs.uk/data-and-information/publications/example',
        importedAt: '2026-10-01T09:00:00Z',
        sources: [
          { file: 'nhs-app-mi-2025-08.xlsx', sha256: 'a'.repeat(64), edition: 'August 2025' },
        ],
      },
    },
    measures: structuredClone(MEASURED_MEASURES) as Record<string, unknown>[],
    measurements: structuredClone(measuredFeed.measurements) as Record<string, unknown>[],
    observations: [
      { system: 'S2', standard: 'nhs-number', period: '2026-Q1', status: 'live' },
      { system: 'S3', standard: 'e-rs', period: '2026-Q1', status: 'live' },
    ] as Record<string, unknown>[],
  };
}

function check(raw: unknown, entry = entryFor('S1', { id: SOURCE, domain: [] })): ProductCheck {
  return checkDomainProduct({ raw, entry, reference: rowReference, grants });
}

function ok(result: ProductCheck): ProductCheckOk {
  if (!result.ok) throw new Error(`expected a usable product, got ${result.fatal.reason}`);
  return result;
}

describe('a source-aligned product', () => {
  it('publishes measurements for any system, and observations only of a standard it measures', () => {
    const result = ok(check(sourceProduct()));
    expect(result.descriptor.alignment).toBe('source');
    expect(result.descriptor.lineage?.sources[0]?.edition).toBe('August 2025');
    expect(result.counts).toEqual({
      observations: { read: 2, accepted: 1, rejected: 1 },
      technology: { read: 0, accepted: 0, rejected: 0 },
      measures: { read: 4, accepted: 4, rejected: 0 },
      measurements: { read: 5, accepted: 5, rejected: 0 },
    });
    // Only app-users-per-1000 names a standard (nhs-number), so e-rs is refused.
    expect(result.issues).toEqual([
      {
        severity: 'error',
        table: 'observations',
        path: '$.observations[1].standard',
        reason: expect.stringContaining(
          '"e-rs" is not one this source-aligned product measures',
        ) as string,
      },
    ]);
    expect(result.refusedRows).toBe(1);
    expect(productRowTotals(result.counts)).toEqual({ read: 11, accepted: 10, rejected: 1 });
  });

  it('reports a bad measurement at its own path in the product file', () => {
    const raw = sourceProduct();
    raw.measurements[3] = { ...raw.measurements[3], value: 13 };
    const result = ok(check(raw));
    expect(result.issues.map((issue) => issue.path)).toContain('$.measurements[3].value');
    expect(result.counts.measurements).toEqual({ read: 5, accepted: 4, rejected: 1 });
  });

  it.each([
    ['claims a system', { domain: ['S1'] }, '$.product.domain', 'owns no systems'],
    [
      'has a lineage file with a directory',
      {
        lineage: {
          ...sourceProduct().product.lineage,
          sources: [{ file: 'data/x.xlsx', sha256: 'a'.repeat(64) }],
        },
      },
      '$.product.lineage.sources[0].file',
      'a file name without directories',
    ],
    [
      'has a short checksum',
      {
        lineage: {
          ...sourceProduct().product.lineage,
          sources: [{ file: 'x.xlsx', sha256: 'abc' }],
        },
      },
      '$.product.lineage.sources[0].sha256',
      '64 lower-case hexadecimal digits',
    ],
    [
      'has a weekly SLA',
      { sla: { frequency: 'weekly', latencyDays: 7 } },
      '$.product.sla.frequency',
      'one of',
    ],
  ])('is refused when it %s', (_name, change, path, reason) => {
    const raw = sourceProduct();
    const result = check({ ...raw, product: { ...raw.product, ...change } });
    expect(result).toMatchObject({
      ok: false,
      fatal: { path, reason: expect.stringContaining(reason) as string },
    });
  });
});

describe('a domain product with measures', () => {
  it('publishes measurements only for its own systems', () => {
    const raw = {
      ...productFor('S1'),
      measures: structuredClone(MEASURED_MEASURES),
      measurements: structuredClone(measuredFeed.measurements),
    };
    const result = ok(check(raw, entryFor('S1')));
    // Rows 0, 1 and 3 are S1's; S3's and S4's are refused by ownership.
    expect(result.counts.measurements).toEqual({ read: 5, accepted: 3, rejected: 2 });
    expect(result.issues.map((issue) => issue.path)).toEqual([
      '$.measurements[2].system',
      '$.measurements[4].system',
    ]);
    expect(result.descriptor.alignment).toBe('domain');
  });
});
