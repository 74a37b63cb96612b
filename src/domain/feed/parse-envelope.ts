/**
 * The envelope: a JSON object with usable metadata and the lists every screen needs. Anything wrong
 * here is ONE fatal error; everything below it is judged row by row.
 */
import { describeValue } from './describe-value';
import type { FeedFatal, FeedTable } from './feed-issues';
import type { Metadata } from './feed-schema';
import { parseMetadata } from './parse-metadata';

export interface FeedEnvelope {
  metadata: Metadata;
  tables: Record<FeedTable, unknown[]>;
}

export type EnvelopeResult = { ok: true; envelope: FeedEnvelope } | { ok: false; fatal: FeedFatal };

interface ListSpec {
  table: FeedTable;
  inGeography: boolean;
  /** Required lists are fatal when missing; the others default to an empty list. */
  required: boolean;
  rows: string;
}

const LISTS: readonly ListSpec[] = [
  { table: 'regions', inGeography: true, required: true, rows: 'regions' },
  { table: 'systems', inGeography: true, required: true, rows: 'systems' },
  { table: 'crosswalk', inGeography: true, required: false, rows: 'crosswalk entries' },
  { table: 'adjacency', inGeography: true, required: false, rows: 'adjacency pairs' },
  { table: 'categories', inGeography: false, required: true, rows: 'categories' },
  { table: 'standards', inGeography: false, required: true, rows: 'standards' },
  { table: 'periods', inGeography: false, required: true, rows: 'periods' },
  { table: 'observations', inGeography: false, required: false, rows: 'observations' },
  { table: 'technology', inGeography: false, required: false, rows: 'technology rows' },
  { table: 'measures', inGeography: false, required: false, rows: 'measures' },
  { table: 'measurements', inGeography: false, required: false, rows: 'measurements' },
];

type Read<T> = { ok: true; value: T } | { ok: false; fatal: FeedFatal };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const fail = (path: string, reason: string) => ({ ok: false, fatal: { path, reason } }) as const;

function readList(owner: Record<string, unknown>, spec: ListSpec): Read<unknown[]> {
  const label = spec.inGeography ? `geography.${spec.table}` : spec.table;
  const path = `$.${label}`;
  const value = Object.hasOwn(owner, spec.table) ? owner[spec.table] : undefined;
  // null for a list that may be left out means "left out", as for every optional field.
  if (value === undefined || (value === null && !spec.required)) {
    if (!spec.required) return { ok: true, value: [] };
    return fail(path, `${label} is missing; it must be a list (JSON array) of ${spec.rows}`);
  }
  if (Array.isArray(value)) return { ok: true, value };
  return fail(
    path,
    `${label} must be a list (JSON array) of ${spec.rows}, got ${describeValue(value)}`,
  );
}

function readGeography(root: Record<string, unknown>): Read<Record<string, unknown>> {
  if (!Object.hasOwn(root, 'geography')) {
    return fail('$.geography', 'The feed has no geography: it must list regions and systems');
  }
  const geography = root.geography;
  if (isRecord(geography)) return { ok: true, value: geography };
  return fail('$.geography', `geography must be an object, got ${describeValue(geography)}`);
}

/** The lists a data product publishes itself; every other table comes from the reference. */
export type ProductRowTable = 'observations' | 'technology' | 'measures' | 'measurements';
const PRODUCT_ROW_TABLES: ReadonlySet<FeedTable> = new Set<ProductRowTable>([
  'observations',
  'technology',
  'measures',
  'measurements',
]);

export type RowsEnvelopeResult =
  | { ok: true; metadata: Metadata; rows: Record<ProductRowTable, unknown[]> }
  | { ok: false; fatal: FeedFatal };

/**
 * A data product's own part of the envelope, judged as parseEnvelope judges it (metadata, then its
 * row lists, in the same order): its reference tables come from the reference product, read once.
 */
export function parseRowsEnvelope(input: Record<string, unknown>): RowsEnvelopeResult {
  const metadata = parseMetadata(input);
  if (!metadata.ok) return metadata;
  const rows = {} as Record<ProductRowTable, unknown[]>;
  for (const spec of LISTS) {
    if (!PRODUCT_ROW_TABLES.has(spec.table)) continue;
    const list = readList(input, spec);
    if (!list.ok) return list;
    rows[spec.table as ProductRowTable] = list.value;
  }
  return { ok: true, metadata: metadata.metadata, rows };
}

export function parseEnvelope(input: unknown): EnvelopeResult {
  if (!isRecord(input)) {
    return fail(
      '$',
      `The feed must be a JSON object with metadata, geography, categories, standards and periods; got ${describeValue(input)}`,
    );
  }
  const metadata = parseMetadata(input);
  if (!metadata.ok) return metadata;
  const geography = readGeography(input);
  if (!geography.ok) return geography;
  const tables = {} as Record<FeedTable, unknown[]>;
  for (const spec of LISTS) {
    const list = readList(spec.inGeography ? geography.value : input, spec);
    if (!list.ok) return list;
    tables[spec.table] = list.value;
  }
  return { ok: true, envelope: { metadata: metadata.metadata, tables } };
}
