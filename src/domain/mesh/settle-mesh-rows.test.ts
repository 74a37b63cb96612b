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
type Obs = { system: string; standard: 'dspt'; period: string; status: 'live' };
const obs: Obs = { system: 'S1', standard: 'dspt', period: '2026-Q1', status: 'live' };

function loaded(
  id: string,
  alignment: 'source' | 'domain',
  observations: readonly Obs[] = [obs],
): ProductOutcome {
  const check = {
    ok: true,
    id,
    descriptor: { alignment },
    observations,
    technology: [],
    measures: [measure],
    measurements: [row],
    issues: [],
    counts: {
      observations: count(observations.length),
      technology: count(0),
      measures: count(1),
      measurements: count(1),
    },
    sources: { observations: observations.map((_, i) => 3 + i), measures: [2], measurements: [5] },
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

  it('keeps an observation with the first in the catalogue when the domain product comes first', () => {
    const [first, second] = settleMeshRows([
      loaded('ics-s1', 'domain'),
      loaded('nhs-app', 'source'),
    ]);
    if (first?.kind !== 'loaded' || second?.kind !== 'loaded') throw new Error('loaded');
    expect(first.check.observations).toEqual([obs]);
    expect(second.check.observations).toEqual([]);
    expect(second.check.counts.observations).toEqual({ read: 1, accepted: 0, rejected: 1 });
    expect(second.check.issues.map((issue) => [issue.path, issue.reason])).toEqual([
      ['$.measures[2].id', expect.stringContaining('defined by data product "ics-s1"')],
      ['$.measurements[5].measure', expect.stringContaining('belongs to data product "ics-s1"')],
      ['$.observations[3]', expect.stringContaining('published by data product "ics-s1"')],
    ]);
  });

  it('judges only the systems a source-aligned product publishes observations for', () => {
    const s2 = { ...obs, system: 'S2' };
    const s2Later = { ...s2, period: '2026-Q2' };
    const source = loaded('nhs-app', 'source', [s2]);
    const s1 = loaded('ics-s1', 'domain', [obs]);
    const s2Domain = loaded('ics-s2', 'domain', [s2Later, s2]);
    const settled = settleMeshRows([source, s1, s2Domain]);
    expect(settled[1]?.kind === 'loaded' && settled[1].check.observations).toEqual([obs]);
    const third = settled[2];
    if (third?.kind !== 'loaded') throw new Error('loaded');
    expect(third.check.observations).toEqual([s2Later]);
    expect(third.check.counts.observations).toEqual({ read: 2, accepted: 1, rejected: 1 });
    const refused = third.check.issues.filter((issue) => issue.table === 'observations');
    expect(refused.map((issue) => issue.path)).toEqual(['$.observations[4]']);
  });

  it('leaves every observation alone when the source-aligned products publish none', () => {
    const domain = loaded('ics-s1', 'domain');
    const settled = settleMeshRows([loaded('nhs-app', 'source', []), domain]);
    const second = settled[1];
    if (second?.kind !== 'loaded') throw new Error('loaded');
    expect(second.check.observations).toEqual([obs]);
    expect(second.check.counts.observations).toEqual(count(1));
  });
});
