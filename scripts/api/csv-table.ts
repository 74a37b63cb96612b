/**
 * A flat row schema as a CSV file and its W3C CSV on the Web (CSVW) metadata. The columns, their
 * order and their datatypes are read from the zod row schema's JSON Schema, the same one the JSON
 * response is published with, so the CSV, its CSVW file and the JSON cannot disagree.
 */
import { z } from 'zod';
import { toCsv } from '../../src/lib/csv';
import type { CsvCell } from '../../src/lib/csv';

type Node = Record<string, unknown>;
export type RowSchema = z.ZodObject;

/** Lists of codes (successors, a product's domain) share one cell, joined by this. */
export const LIST_SEPARATOR = ';';

const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The non-null type of a property: `{type: [t, "null"]}` and `anyOf: [{...}, {type: "null"}]`. */
function nonNull(node: Node): Node {
  if (Array.isArray(node.anyOf)) {
    const kept = node.anyOf.filter((branch) => isNode(branch) && branch.type !== 'null');
    return isNode(kept[0]) ? nonNull(kept[0]) : {};
  }
  if (Array.isArray(node.type)) return { ...node, type: node.type.find((t) => t !== 'null') };
  return node;
}

function datatypeOf(node: Node): string {
  if (node.type === 'integer') return 'integer';
  if (node.type === 'number') return 'decimal';
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'string' && node.format === 'date') return 'date';
  return 'string';
}

export interface CsvColumn {
  name: string;
  titles: string;
  datatype: string;
  separator?: string;
  required?: boolean;
}

// A hundred or more tables share ten row schemas: convert each once.
const columnsCache = new WeakMap<RowSchema, CsvColumn[]>();

export function csvColumns(rowSchema: RowSchema): CsvColumn[] {
  const cached = columnsCache.get(rowSchema);
  if (cached) return cached;
  const columns = columnsOf(rowSchema);
  columnsCache.set(rowSchema, columns);
  return columns;
}

function columnsOf(rowSchema: RowSchema): CsvColumn[] {
  const json = z.toJSONSchema(rowSchema) as Node;
  const properties = isNode(json.properties) ? json.properties : {};
  return Object.keys(rowSchema.shape).map((name) => {
    const property = isNode(properties[name]) ? properties[name] : {};
    const own = nonNull(property);
    const list = own.type === 'array';
    const nullable = own !== property;
    return {
      name,
      titles: name,
      datatype: list ? 'string' : datatypeOf(own),
      ...(list ? { separator: LIST_SEPARATOR } : {}),
      ...(nullable ? {} : { required: true }),
    };
  });
}

function cellOf(value: unknown): CsvCell {
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

/** The rows as CSV (via the app's formula-safe writer): one column per row-schema key, in order. */
export function csvOf(rowSchema: RowSchema, rows: readonly Record<string, unknown>[]): string {
  const header = Object.keys(rowSchema.shape);
  return toCsv(
    header,
    rows.map((row) => header.map((key) => cellOf(row[key]))),
  );
}

export interface CsvwInput {
  /** The CSV's file name, relative to the metadata file beside it. */
  url: string;
  title: string;
  licence: { name: string; url: string | null };
  rowSchema: RowSchema;
  primaryKey: readonly string[];
}

export function csvwMetadata({ url, title, licence, rowSchema, primaryKey }: CsvwInput) {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url,
    'dc:title': title,
    'dc:license': licence.url ?? licence.name,
    dialect: { header: true, encoding: 'utf-8' },
    tableSchema: { columns: csvColumns(rowSchema), primaryKey: [...primaryKey] },
  };
}
