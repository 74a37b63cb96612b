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
  const fresh = freshness({
    sla: check.descriptor.sla,
    latest: latestPublished(check.descriptor.sla, check.observations, check.measurements),
    openPeriods: reference.periods,
    today,
    activeUntil: activeUntil(reference, check.descriptor.domain),
  });
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
  const states = Object.fromEntries(
    [...PRODUCT_STATES, 'pending'].map((state) => [state, 0]),
  ) as MeshReport['summary']['states'];
  for (const product of products) states[product.state] += 1;
  const loaded = [...outcomes.values()].filter((outcome) => outcome.kind === 'loaded').length;
  const healthy = products.every((product) => product.state === 'ok');
  return {
    products,
    conflicts,
    summary: { total: products.length, loaded, states },
    exitCode: healthy ? 0 : 1,
  };
}
