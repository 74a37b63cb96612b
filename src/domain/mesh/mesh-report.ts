/**
 * The status of every product in one report: what the status board shows, what `mesh:check`
 * prints, and the roll-up line on the national page. Counts reconcile per product and table
 * (read = accepted + rejected); the reader's day is passed in.
 */
import type { FeedIssue, TableCount } from '../feed/feed-issues';
import type { Feed } from '../feed/feed-schema';
import type { ProductTable } from './check-product';
import { periodKind } from '../periods/period';
import { freshness, latestPublished } from './freshness';
import type { Freshness } from './freshness';
import type { ClaimConflict } from './ownership';
import { PRODUCT_STATES, productState, unavailableReason } from './product-outcome';
import type { ProductOutcome, ProductState } from './product-outcome';
import type { Catalogue, CatalogueEntry, ProductDescriptor } from './product-schema';

export interface ProductReport {
  id: string;
  domain: string[];
  owner: string;
  url: string;
  state: ProductState | 'pending';
  freshness: Freshness | null;
  counts: Record<ProductTable, TableCount> | null;
  /** Rows rejected because the product does not own their system. */
  refusedRows: number | null;
  /** Sentences: why it is unusable, late or missed, and each rejected row's path and reason. */
  reasons: string[];
  issues: FeedIssue[];
  descriptor: ProductDescriptor | null;
  contractVersion: string | null;
  publishedAt: string | null;
}

export interface MeshReport {
  products: ProductReport[];
  conflicts: ClaimConflict[];
  summary: { total: number; loaded: number; states: Record<ProductState | 'pending', number> };
  /** 0 every product valid and on time, 1 any late or failing. */
  exitCode: 0 | 1;
}

/** The quarter an ISO date falls in: "2026-03-31" -> "2026-Q1". */
export function quarterOfDate(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** The last quarter any of the product's systems exists in, or null while one goes on. */
function activeUntil(reference: Feed, domain: readonly string[]): string | null {
  const owned = reference.geography.systems.filter((system) => domain.includes(system.code));
  if (owned.length === 0 || owned.some((system) => system.validTo === null)) return null;
  return (
    owned
      .map((system) => quarterOfDate(system.validTo ?? ''))
      .sort()
      .at(-1) ?? null
  );
}

/**
 * A loaded product's freshness against its SLA on `today`. `known` keeps the answers of one
 * reference and day by what freshness reads (the SLA, the latest period, the end of the systems):
 * products mostly share all three, and freshness is a pure function of them.
 */
function freshnessOf(
  check: LoadedCheck,
  reference: Feed,
  today: string,
  known?: Map<string, Freshness>,
): Freshness {
  const { sla } = check.descriptor;
  const input = {
    sla,
    latest: latestPublished(sla, check.observations, check.measurements),
    openPeriods: reference.periods,
    today,
    activeUntil: activeUntil(reference, check.descriptor.domain),
  };
  if (!known) return freshness(input);
  const key = JSON.stringify([sla.frequency, sla.latencyDays, input.latest, input.activeUntil]);
  const kept = known.get(key);
  if (kept) return kept;
  const made = freshness(input);
  known.set(key, made);
  return made;
}

type LoadedCheck = Extract<ProductOutcome, { kind: 'loaded' }>['check'];

function emptyStates(): MeshReport['summary']['states'] {
  return Object.fromEntries(
    [...PRODUCT_STATES, 'pending'].map((state) => [state, 0]),
  ) as MeshReport['summary']['states'];
}

function loadedCount(outcomes: ReadonlyMap<string, ProductOutcome>): number {
  return [...outcomes.values()].filter((outcome) => outcome.kind === 'loaded').length;
}

/** "month", "quarter" or "financial year": the kind of period the product owes. */
const kindWord = (id: string) => (periodKind(id) ?? 'period').replace('-', ' ');

function freshnessReason(fresh: Freshness): string[] {
  if (fresh.state === 'on-time' || fresh.dueDate === null || fresh.owed === null) return [];
  const days = `${fresh.days ?? 0} day${fresh.days === 1 ? '' : 's'}`;
  const since =
    fresh.latest === null
      ? `it has published no ${kindWord(fresh.owed)}`
      : `its latest is ${fresh.latest}`;
  return [
    `${fresh.state === 'missed' ? 'Missed' : 'Late'}: data for ${fresh.owed} was due on ${fresh.dueDate}, ${days} ago (${since})`,
  ];
}

function reportOne(entry: CatalogueEntry, outcome: ProductOutcome, reference: Feed, today: string) {
  const base = { id: entry.id, domain: entry.domain, owner: entry.owner, url: entry.url };
  if (outcome.kind !== 'loaded') {
    const reason = unavailableReason(outcome);
    const fatal =
      outcome.kind === 'unusable'
        ? [`${outcome.check.fatal.path}: ${outcome.check.fatal.reason}`]
        : [];
    return {
      ...base,
      state: productState(outcome, null),
      freshness: null,
      counts: null,
      refusedRows: null,
      reasons: outcome.kind === 'unusable' ? fatal : reason ? [reason] : [],
      issues: [],
      descriptor: null,
      contractVersion: null,
      publishedAt: null,
    } satisfies ProductReport;
  }
  const { check } = outcome;
  const fresh = freshnessOf(check, reference, today);
  const rejections = check.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.path}: ${issue.reason}`);
  return {
    ...base,
    state: productState(outcome, fresh),
    freshness: fresh,
    counts: check.counts,
    refusedRows: check.refusedRows,
    reasons: [...freshnessReason(fresh), ...rejections],
    issues: check.issues,
    descriptor: check.descriptor,
    contractVersion: check.metadata.schemaVersion,
    publishedAt: check.metadata.generatedAt,
  } satisfies ProductReport;
}

export function meshReport(
  catalogue: Catalogue,
  conflicts: ClaimConflict[],
  reference: Feed,
  outcomes: ReadonlyMap<string, ProductOutcome>,
  today: string,
): MeshReport {
  const products = catalogue.products.map((entry) =>
    reportOne(entry, outcomes.get(entry.id) ?? { kind: 'pending', id: entry.id }, reference, today),
  );
  const states = emptyStates();
  for (const product of products) states[product.state] += 1;
  const healthy = products.every((product) => product.state === 'ok');
  return {
    products,
    conflicts,
    summary: { total: products.length, loaded: loadedCount(outcomes), states },
    exitCode: healthy ? 0 : 1,
  };
}

/**
 * `meshReport(...).summary` alone: how many products are in each state, which is all the national
 * page's roll-up line reads. It judges each product's state as the report does but writes none of
 * its sentences or rejected rows, in the task that draws the finished mesh (issue 15).
 */
export function meshSummary(
  catalogue: Catalogue,
  reference: Feed,
  outcomes: ReadonlyMap<string, ProductOutcome>,
  today: string,
): MeshReport['summary'] {
  const states = emptyStates();
  const known = new Map<string, Freshness>();
  for (const entry of catalogue.products) {
    const outcome = outcomes.get(entry.id) ?? { kind: 'pending', id: entry.id };
    const fresh =
      outcome.kind === 'loaded' ? freshnessOf(outcome.check, reference, today, known) : null;
    states[productState(outcome, fresh)] += 1;
  }
  return { total: catalogue.products.length, loaded: loadedCount(outcomes), states };
}
