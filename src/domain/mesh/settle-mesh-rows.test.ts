import { describe, expect, it } from 'vitest';
import type { ProductCheckOk } from './check-product';
import type { ProductOutcome } from './product-outcome';
import { settleMeshRows } from './settle-mesh-rows';

const count = (n: number) => ({ read: n, accepted: n, rejected: 0 });
const measure = {
  id: 'm',
  kind: 'count',
  frequency: 'month',
} as ProductCheckOk['measures'][number];
const row = { system: 'S1', measure: 'm', period: '2025-08', numerator: 1, value: 1 };
const obs = { system: 'S1', standard: 'dspt', period: '2026-Q1', status: 'live' } as const;

function loaded(id: string, alignment: 'source' | 'domain'): ProductOutcome {
  const check = {
    ok: true,
    id,
    descriptor: { alignment },
    observations: [obs],
    technology: [],
    measures: [measure],
    measurements: [row],
    issues: [],
    counts: {
      observations: count(1),
      technology: count(0),
      measures: count(1),
      measurements: count(1),
    },
    sources: { observations: [3], measures: [2], measurements: [5] },
  } as unknown as ProductCheckOk;
  return { kind: 'loaded', id, check };
}

describe('settleMeshRows', () => {
  it('keeps the first definition of a measure id and the first publisher of an observation', () => {
    const [first, second] = settleMeshRows([
      loaded('nhs-app', 'source'),
      loaded('ics-s1', 'domain'),
    ]);
    if (first?.kind !== 'loaded' || second?.kind !== 'loaded') throw new Error('loaded');
    expect(first.check.counts.measures).toEqual(count(1));
    expect(second.check.measures).toEqual([]);
    expect(second.check.measurements).toEqual([]);
    expect(second.check.observations).toEqual([]);
    expect(second.check.counts).toMatchObject({
      measures: { read: 1, accepted: 0, rejected: 1 },
      measurements: { read: 1, accepted: 0, rejected: 1 },
      observations: { read: 1, accepted: 0, rejected: 1 },
    });
    expect(second.check.issues.map((issue) => issue.path)).toEqual([
      '$.measures[2].id',
      '$.measurements[5].measure',
      '$.observations[3]',
    ]);
    expect(second.check.issues[0]?.reason).toContain('defined by data product "nhs-app"');
    expect(second.check.issues[2]?.reason).toContain('S1 / dspt / 2026-Q1 is published by');
  });

  it('changes nothing in a mesh of domain products alone', () => {
    const only = loaded('a', 'domain');
    const settled = settleMeshRows([only, { kind: 'pending', id: 'b' }]);
    expect(settled[0]).toBe(only);
  });
});
