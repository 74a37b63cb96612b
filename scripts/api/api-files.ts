/**
 * How one response becomes files: its JSON (`meta` + the body), and for a table its CSV and the
 * CSVW metadata beside it. Paths are relative to the API's root folder (…/api/v1).
 */
import type { Metadata } from '../../src/domain/feed/feed-schema';
import type { ApiMetaSchema } from './api-schemas';
import { API_VERSION } from './api-schemas';
import { schemaPath, TABLE_KINDS } from './api-responses';
import type { ResponseKind, TableKind } from './api-responses';
import { csvOf, csvwMetadata } from './csv-table';
import type { z } from 'zod';

export interface ApiFile {
  /** Relative to the api/v1 folder, e.g. "systems/E54000008/scores.csv". */
  path: string;
  body: string;
}

export type ApiMeta = z.infer<typeof ApiMetaSchema>;

export function metaFor(metadata: Metadata, generatedFrom: string, kind: ResponseKind): ApiMeta {
  return {
    apiVersion: API_VERSION,
    source: {
      title: metadata.title,
      publisher: metadata.publisher,
      generatedAt: metadata.generatedAt,
    },
    licence: { name: metadata.licence.name, url: metadata.licence.url ?? null },
    illustrative: metadata.illustrative,
    generatedFrom,
    schema: schemaPath(kind),
  };
}

/** Small documents (the index, CSVW) indented for reading; data compact, as it is most bytes. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const compactJson = (value: unknown) => `${JSON.stringify(value)}\n`;

export interface TableResponse<Kind extends TableKind> {
  kind: Kind;
  /** Without extension, relative to api/v1: "systems", "scores/2026-Q3". */
  path: string;
  title: string;
  /** Body fields other than meta and data (the system, the period, a summary). */
  extra: Record<string, unknown>;
  rows: readonly Record<string, unknown>[];
}

/** The JSON, the CSV and its CSVW metadata for one table response. */
export function tableFiles<Kind extends TableKind>(
  metadata: Metadata,
  generatedFrom: string,
  response: TableResponse<Kind>,
): ApiFile[] {
  const { kind, path, title, extra, rows } = response;
  const spec = TABLE_KINDS[kind];
  const meta = metaFor(metadata, generatedFrom, kind);
  const csvName = `${path.split('/').at(-1) ?? path}.csv`;
  const csvw = csvwMetadata({
    url: csvName,
    title,
    licence: meta.licence,
    rowSchema: spec.row,
    primaryKey: spec.key,
  });
  return [
    { path: `${path}.json`, body: compactJson({ meta, ...extra, data: rows }) },
    { path: `${path}.csv`, body: csvOf(spec.row, rows) },
    { path: `${path}.csv-metadata.json`, body: jsonText(csvw) },
  ];
}
