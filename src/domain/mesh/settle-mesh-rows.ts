/**
 * The mesh's rules that need every product at once, applied in catalogue order after each product
 * was checked alone. A measure id has one owner: the first product in the catalogue that defines
 * it; a later definition and its measurements are refused, naming the owner. An observation
 * (system, standard, quarter) has one publisher: when a source-aligned product and a domain product
 * both publish it, the first in the catalogue keeps it, as for a system claimed twice. Refused rows
 * leave the product's accepted rows and counts and join its issues, so counts still reconcile.
 */
import type { FeedIssue, TableCount } from '../feed/feed-issues';
import type { ProductCheckOk } from './check-product';
import type { ProductOutcome } from './product-outcome';

const refuse = (count: TableCount, rows: number): TableCount => ({
  read: count.read,
  accepted: count.accepted - rows,
  rejected: count.rejected + rows,
});

function error(table: FeedIssue['table'], path: string, reason: string): FeedIssue {
  return { severity: 'error', table, path, reason };
}

/** Measures whose id an earlier product defined, and their measurements. */
function settleMeasures(check: ProductCheckOk, owners: Map<string, string>): ProductCheckOk {
  const refusedIds = new Map<string, string>();
  const issues: FeedIssue[] = [];
  const measures = check.measures.filter((measure, i) => {
    const owner = owners.get(measure.id);
    if (owner === undefined) owners.set(measure.id, check.id);
    if (owner === undefined || owner === check.id) return true;
    refusedIds.set(measure.id, owner);
    const reason = `Measure "${measure.id}" is defined by data product "${owner}", which comes first in the catalogue; a measure id has one owner across the mesh`;
    issues.push(error('measures', `$.measures[${check.sources.measures[i] ?? i}].id`, reason));
    return false;
  });
  if (refusedIds.size === 0) return check;
  const measurements = check.measurements.filter((row, i) => {
    const owner = refusedIds.get(row.measure);
    if (owner === undefined) return true;
    const reason = `Measure "${row.measure}" belongs to data product "${owner}", so this product's measurements of it are refused`;
    const path = `$.measurements[${check.sources.measurements[i] ?? i}].measure`;
    issues.push(error('measurements', path, reason));
    return false;
  });
  return withRefused(check, { measures, measurements }, issues);
}

function withRefused(
  check: ProductCheckOk,
  rows: Partial<Pick<ProductCheckOk, 'measures' | 'measurements' | 'observations'>>,
  issues: FeedIssue[],
): ProductCheckOk {
  const counts = { ...check.counts };
  for (const table of ['measures', 'measurements', 'observations'] as const) {
    const kept = rows[table];
    if (kept) counts[table] = refuse(counts[table], check[table].length - kept.length);
  }
  return { ...check, ...rows, counts, issues: [...check.issues, ...issues] };
}

/**
 * Observations another product published first. Only a system some source-aligned product publishes
 * observations for can have two publishers (domain products own disjoint systems), so only rows of
 * those systems are keyed: keying all 16,000 rows was a tenth of a mesh load in Node.
 */
function settleObservations(
  check: ProductCheckOk,
  publishers: Map<string, string>,
  shared: ReadonlySet<string>,
) {
  const issues: FeedIssue[] = [];
  const observations = check.observations.filter((row, i) => {
    if (!shared.has(row.system)) return true;
    const key = `${row.system}\u0000${row.standard}\u0000${row.period}`;
    const first = publishers.get(key);
    if (first === undefined) publishers.set(key, check.id);
    if (first === undefined || first === check.id) return true;
    const reason = `Observation ${row.system} / ${row.standard} / ${row.period} is published by data product "${first}", which comes first in the catalogue; it is kept and this one refused`;
    const path = `$.observations[${check.sources.observations[i] ?? i}]`;
    issues.push(error('observations', path, reason));
    return false;
  });
  return issues.length === 0 ? check : withRefused(check, { observations }, issues);
}

/**
 * The systems loaded source-aligned products publish observations for. Domain products own disjoint
 * systems, so their observations can meet only there.
 */
function sourceSystems(outcomes: readonly ProductOutcome[]): Set<string> {
  const systems = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'loaded' || outcome.check.descriptor.alignment !== 'source') continue;
    for (const row of outcome.check.observations) systems.add(row.system);
  }
  return systems;
}

/** `outcomes` in catalogue order; unchanged (the same objects) when no rule refuses anything. */
export function settleMeshRows(outcomes: readonly ProductOutcome[]): ProductOutcome[] {
  const shared = sourceSystems(outcomes);
  const measureOwners = new Map<string, string>();
  const publishers = new Map<string, string>();
  return outcomes.map((outcome) => {
    if (outcome.kind !== 'loaded') return outcome;
    let check = settleMeasures(outcome.check, measureOwners);
    if (shared.size > 0) check = settleObservations(check, publishers, shared);
    return check === outcome.check ? outcome : { ...outcome, check };
  });
}
