/**
 * One domain product, checked on its own as the app and `mesh:check` both do: its contract version,
 * its descriptor, then every row under the same row rules as a single feed (against the reference
 * product's systems, standards and periods) plus the ownership rule. Paths point into the product's
 * own file. Pure: the caller fetched the JSON.
 */
import type { FeedFatal, FeedIssue, TableCount } from '../feed/feed-issues';
import type { Measure, Measurement, Metadata, Observation, Technology } from '../feed/feed-schema';
import { parseProductRows } from '../feed/parse-product-rows';
import type { RowReference } from '../feed/reference-tables';
import { validateRow } from '../feed/validate-row';
import type { Grants } from './ownership';
import { ProductDescriptorSchema } from './product-schema';
import type { CatalogueEntry, ProductDescriptor } from './product-schema';
import { splitProductRows } from './split-product-rows';
import type { ProductTable } from './product-tables';

export { PRODUCT_TABLES, productRowTotals } from './product-tables';
export type { ProductTable } from './product-tables';
type SplitTable = Exclude<ProductTable, 'measures'>;

export interface ProductCheckOk {
  ok: true;
  id: string;
  descriptor: ProductDescriptor;
  metadata: Metadata;
  observations: Observation[];
  technology: Technology[];
  measures: Measure[];
  measurements: Measurement[];
  /** Every rejection and warning, with paths into the product's file. */
  issues: FeedIssue[];
  counts: Record<ProductTable, TableCount>;
  /**
   * For each accepted row of these tables, its index in the product's file, so a row refused when
   * the mesh is merged (a measure id or an observation another product published first) is
   * reported at its own path. Numbers, not functions: checks cross a worker boundary.
   */
  sources: Record<'observations' | 'measures' | 'measurements', number[]>;
  /** Rows rejected by the ownership rule (also counted in `counts` and listed in `issues`). */
  refusedRows: number;
  /** The latest quarter with an accepted observation, or null. */
  latestPeriod: string | null;
}

export interface ProductCheckFailed {
  ok: false;
  id: string;
  /** incompatible: another contract major; failed: anything else that makes it unusable. */
  kind: 'failed' | 'incompatible';
  fatal: FeedFatal;
}

export type ProductCheck = ProductCheckOk | ProductCheckFailed;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const failed = (id: string, path: string, reason: string): ProductCheckFailed => ({
  ok: false,
  id,
  kind: 'failed',
  fatal: { path, reason },
});

function majorOf(version: unknown): number | null {
  const match = typeof version === 'string' ? /^\s*(\d+)(?:\.|\s*$)/.exec(version) : null;
  return match ? Number(match[1]) : null;
}

/** Another contract major than the catalogue expects: the product may be fine, just not for us. */
function incompatibility(raw: Record<string, unknown>, entry: CatalogueEntry) {
  const metadata = isRecord(raw.metadata) ? raw.metadata : {};
  const declared = majorOf(metadata.schemaVersion);
  const expected = majorOf(entry.expectedContract);
  if (declared === null || declared === expected) return null;
  return `The product declares contract ${String(metadata.schemaVersion)}; the catalogue expects ${entry.expectedContract}, so its rows cannot be read`;
}

function readDescriptor(raw: Record<string, unknown>, entry: CatalogueEntry) {
  if (!Object.hasOwn(raw, 'product')) {
    return failed(entry.id, '$.product', 'A domain product must carry a product descriptor');
  }
  const parsed = validateRow(ProductDescriptorSchema, raw.product, '$.product', 'product');
  if (!parsed.ok) {
    const first = parsed.problems[0] ?? {
      path: '$.product',
      reason: 'it does not match the contract',
    };
    return failed(entry.id, first.path, `The product descriptor is invalid: ${first.reason}`);
  }
  if (parsed.value.alignment === 'source' && parsed.value.domain.length > 0) {
    const reason =
      'A source-aligned product owns no systems: its domain must be empty (it may still publish measurements for any system)';
    return failed(entry.id, '$.product.domain', reason);
  }
  if (parsed.value.id !== entry.id) {
    const reason = `The product calls itself "${parsed.value.id}" but the catalogue lists it as "${entry.id}"`;
    return failed(entry.id, '$.product.id', reason);
  }
  return parsed.value;
}

function latestOf(observations: readonly Observation[]): string | null {
  let latest: string | null = null;
  for (const row of observations) if (latest === null || row.period > latest) latest = row.period;
  return latest;
}

export interface CheckProductInput {
  raw: unknown;
  entry: CatalogueEntry;
  /**
   * The reference product's systems, standards and periods, from prepareRowReference: made once
   * per mesh load and used as given, so the reference is not validated again for every product.
   */
  reference: RowReference;
  grants: Grants;
}

export function checkDomainProduct({
  raw,
  entry,
  reference,
  grants,
}: CheckProductInput): ProductCheck {
  if (!isRecord(raw)) return failed(entry.id, '$', 'A data product must be a JSON object');
  const incompatible = incompatibility(raw, entry);
  if (incompatible) {
    return {
      ok: false,
      id: entry.id,
      kind: 'incompatible',
      fatal: { path: '$.metadata.schemaVersion', reason: incompatible },
    };
  }
  const descriptor = readDescriptor(raw, entry);
  if ('ok' in descriptor) return descriptor;
  const { observations, technology, measurements } = splitProductRows(
    raw,
    descriptor,
    grants,
    reference,
  );
  const parsed = parseProductRows(
    {
      metadata: raw.metadata,
      observations: observations.kept,
      technology: technology.kept,
      measures: raw.measures,
      measurements: measurements.kept,
    },
    reference,
  );
  if (!parsed.ok) return failed(entry.id, parsed.fatal.path, parsed.fatal.reason);
  const rowIssues = [
    ...parsed.observations.issues.map(observations.remap),
    ...parsed.technology.issues.map(technology.remap),
    ...parsed.measures.issues,
    ...parsed.measurements.issues.map(measurements.remap),
  ];
  const count = (split: typeof observations, table: SplitTable): TableCount => {
    const accepted = parsed[table].count.accepted;
    return { read: split.read, accepted, rejected: split.read - accepted };
  };
  return {
    ok: true,
    id: entry.id,
    descriptor,
    metadata: parsed.metadata,
    observations: parsed.observations.values,
    technology: parsed.technology.values,
    measures: parsed.measures.values,
    measurements: parsed.measurements.values,
    issues: [...observations.refused, ...technology.refused, ...measurements.refused, ...rowIssues],
    counts: {
      observations: count(observations, 'observations'),
      technology: count(technology, 'technology'),
      measures: parsed.measures.count,
      measurements: count(measurements, 'measurements'),
    },
    sources: {
      observations: parsed.observations.sources.map((kept) => observations.fileIndex[kept] ?? kept),
      measures: parsed.measures.sources,
      measurements: parsed.measurements.sources.map((kept) => measurements.fileIndex[kept] ?? kept),
    },
    refusedRows:
      observations.refused.length + technology.refused.length + measurements.refused.length,
    latestPeriod: latestOf(parsed.observations.values),
  };
}
