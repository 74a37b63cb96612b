/**
 * meshSummary counts the products in each state without writing the report's sentences: the same
 * counts as meshReport's summary, by hand on the minimal mesh and on seeded random meshes.
 */
import { describe, expect, it } from 'vitest';
import { productFor, productId, SYSTEMS } from '../../testing/fixtures/mesh/minimal-mesh';
import { catalogue, outcomeFor, reference } from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { mulberry32 } from '../random/mulberry32';
import { meshReport, meshSummary } from './mesh-report';
import type { ProductOutcome } from './product-outcome';

const byId = (outcomes: ProductOutcome[]) =>
  new Map(outcomes.map((outcome) => [outcome.id, outcome]));

/** S1 without its 2026-Q2 rows: its latest quarter is 2026-Q1. */
function s1WithoutQ2() {
  const s1 = productFor('S1');
  s1.observations = s1.observations.filter((row) => row.period !== '2026-Q2');
  s1.technology = [];
  return outcomeFor('S1', s1);
}

/** S2 with a row for S1, which it does not own. */
function s2WithForeignRow() {
  const s2 = productFor('S2');
  s2.observations.push({ ...productFor('S1').observations[0], system: 'S1' });
  return outcomeFor('S2', s2);
}

function s4OnContract2() {
  const s4 = productFor('S4');
  return outcomeFor('S4', { ...s4, metadata: { ...s4.metadata, schemaVersion: '2.0' } });
}

const unreachable = (system: string): ProductOutcome => ({
  kind: 'unreachable',
  id: productId(system),
  reason: 'HTTP 404 Not Found',
});

// The minimal products have a 30-day SLA; their quarters run to 2026-Q2, due 30 July 2026. S2
// ended in 2026-Q1, so it owes nothing after it.
describe('meshSummary on the minimal mesh', () => {
  it.each([
    {
      name: 'every product healthy before 2026-Q2 is due',
      outcomes: () => SYSTEMS.map((system) => outcomeFor(system)),
      today: '2026-07-20',
      loaded: 4,
      states: { ok: 4 },
    },
    {
      name: 'one of each trouble',
      outcomes: () => [outcomeFor('S1'), s2WithForeignRow(), unreachable('S3'), s4OnContract2()],
      today: '2026-08-15',
      loaded: 2,
      states: { ok: 1, 'rejected-rows': 1, unreachable: 1, incompatible: 1 },
    },
    {
      // 2026-Q2 was due 30 July; 2026-Q3 is not due until 30 October.
      name: 'S1 late, the rest not yet in',
      outcomes: () => [s1WithoutQ2()],
      today: '2026-08-15',
      loaded: 1,
      states: { late: 1, pending: 3 },
    },
    {
      // By 15 November 2026-Q3 (due 30 October) is overdue too: a whole period has passed.
      name: 'S1 missed, the rest on time',
      outcomes: () => [s1WithoutQ2(), outcomeFor('S2'), outcomeFor('S3'), outcomeFor('S4')],
      today: '2026-11-15T09:30:00Z',
      loaded: 4,
      states: { missed: 1, ok: 3 },
    },
    {
      name: 'nothing in yet',
      outcomes: () => [],
      today: '2026-08-15',
      loaded: 0,
      states: { pending: 4 },
    },
  ])('$name', ({ outcomes, today, loaded, states }) => {
    const summary = meshSummary(catalogue, reference, byId(outcomes()), today);
    expect(summary.total).toBe(4);
    expect(summary.loaded).toBe(loaded);
    expect(Object.entries(summary.states).filter(([, count]) => count > 0)).toEqual(
      expect.arrayContaining(Object.entries(states)),
    );
    const counted = Object.values(summary.states).reduce((sum, count) => sum + count, 0);
    expect(counted).toBe(4);
  });
});

describe('meshSummary against meshReport', () => {
  const makers: ((system: string) => ProductOutcome | null)[] = [
    (system) => outcomeFor(system),
    (system) => (system === 'S1' ? s1WithoutQ2() : outcomeFor(system)),
    (system) => (system === 'S2' ? s2WithForeignRow() : outcomeFor(system)),
    (system) => (system === 'S4' ? s4OnContract2() : outcomeFor(system)),
    (system) => unreachable(system),
    () => null,
  ];

  it.each([1, 2, 3, 42, 2026, 31337])('gives the report summary (seed %i)', (seed) => {
    const random = mulberry32(seed);
    for (let round = 0; round < 10; round += 1) {
      const outcomes = SYSTEMS.map((system) =>
        makers[Math.floor(random() * makers.length)]?.(system),
      ).filter((outcome): outcome is ProductOutcome => Boolean(outcome));
      // Any day from April 2026 to the end of 2027.
      const day = new Date(Date.UTC(2026, 3, 1) + Math.floor(random() * 640) * 86_400_000);
      const today = day.toISOString();
      const map = byId(outcomes);
      expect(meshSummary(catalogue, reference, map, today)).toEqual(
        meshReport(catalogue, [], reference, map, today).summary,
      );
    }
  });
});
