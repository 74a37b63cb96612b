import { describe, expect, it } from 'vitest';
import { buildSampleFeed, DEFAULT_GENERATED_AT, DEFAULT_SEED } from './build-feed';
import { readReference } from './read-reference';
import { isValidIn } from './periods';
import { inheritedStack, stackOf } from './technology';
import { SHARED_CARE_RECORD_PLAN } from './technology-catalogue';

const feed = buildSampleFeed(readReference(), {
  seed: DEFAULT_SEED,
  generatedAt: DEFAULT_GENERATED_AT,
});
const NATO =
  /^(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec) /;

function platform(system: string, period: string): string | undefined {
  return feed.technology.find(
    (t) => t.system === system && t.period === period && t.component === 'shared-care-record',
  )?.product;
}

describe('technology', () => {
  it('gives every system each quarter one ShCR, 1-3 acute EPRs, 1-2 GP systems, one engine', () => {
    for (const period of feed.periods) {
      for (const system of feed.geography.systems.filter((s) => isValidIn(s, period))) {
        const rows = feed.technology.filter((t) => t.system === system.code && t.period === period);
        const count = (component: string) => rows.filter((t) => t.component === component).length;
        expect(count('shared-care-record')).toBe(1);
        expect(count('acute-epr')).toBeGreaterThanOrEqual(1);
        expect(count('acute-epr')).toBeLessThanOrEqual(3);
        expect(count('gp-system')).toBeGreaterThanOrEqual(1);
        expect(count('gp-system')).toBeLessThanOrEqual(2);
        expect(count('integration-engine')).toBe(1);
      }
    }
  });

  it('uses only fictional suppliers (named after the NATO alphabet)', () => {
    for (const row of feed.technology) expect(row.supplier).toMatch(NATO);
  });

  it('plans a platform for all 42 ICBs of 2023, with 4-6 platforms in use', () => {
    expect(Object.keys(SHARED_CARE_RECORD_PLAN)).toHaveLength(42);
    const products = new Set(
      feed.technology.filter((t) => t.component === 'shared-care-record').map((t) => t.product),
    );
    expect(products.size).toBeGreaterThanOrEqual(4);
    expect(products.size).toBeLessThanOrEqual(6);
  });

  it('clusters London on one platform while some neighbours differ', () => {
    const london = ['E54000027', 'E54000028', 'E54000029', 'E54000030', 'E54000031'];
    expect(new Set(london.map((s) => platform(s, '2024-Q1'))).size).toBe(1);
    const differing = feed.geography.adjacency.filter(
      ({ a, b }) =>
        platform(a, '2025-Q4') &&
        platform(b, '2025-Q4') &&
        platform(a, '2025-Q4') !== platform(b, '2025-Q4'),
    );
    expect(differing.length).toBeGreaterThanOrEqual(10);
  });

  it('is mostly stable with a few switches', () => {
    const switched = feed.geography.systems.filter(
      (s) =>
        s.validFrom === '2022-07-01' && platform(s.code, '2024-Q1') !== platform(s.code, '2026-Q1'),
    );
    expect(switched.map((s) => s.code).sort()).toEqual(['E54000019', 'E54000026']);
  });

  it('gives a merged system the platform used by most of its residents', () => {
    const stack = inheritedStack(
      [
        { code: 'E54000027', populationMoved: 100 }, // quillon
        { code: 'E54000054', populationMoved: 60 }, // lindenholt
        { code: 'E54000061', populationMoved: 60 }, // lindenholt
      ],
      '2026-Q2',
      9,
      'seed',
    );
    expect(stack.sharedCareRecord.product).toBe('Lindenholt Shared Record');
    expect(stack.acuteEprs.length).toBeLessThanOrEqual(3);
    expect(stackOf('E54000027', '2026-Q2', 9, 'seed').sharedCareRecord.product).toBe(
      'Quillon Care View',
    );
  });
});
