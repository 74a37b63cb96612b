/**
 * Every response kind of the static API: its JSON body's zod schema (published as
 * /api/v1/schemas/{kind}.schema.json), and for table kinds the row schema its CSV is written from.
 */
import { z } from 'zod';
import {
  AdoptionRowSchema,
  AdoptionSummarySchema,
  ApiMetaSchema,
  EndpointSchema,
  MeasureRowSchema,
  MeasureValueRowSchema,
  NationalValueSchema,
  PeriodScoreRowSchema,
  ProductRowSchema,
  RegionRowSchema,
  ScoreRowSchema,
  StandardRowSchema,
  SystemRowSchema,
} from './api-schemas';
import type { RowSchema } from './csv-table';

const response = <Extra extends z.ZodRawShape>(extra: Extra, row: RowSchema) =>
  z.object({ meta: ApiMetaSchema, ...extra, data: z.array(row) });

const SystemLinkSchema = z.object({ code: z.string(), populationShare: z.number() });

export const TABLE_KINDS = {
  systems: { row: SystemRowSchema, key: ['code'], body: response({}, SystemRowSchema) },
  'system-scores': {
    row: ScoreRowSchema,
    key: ['period', 'level', 'id'],
    body: response(
      {
        system: z.object({
          code: z.string(),
          name: z.string(),
          validFrom: z.string(),
          validTo: z.string().nullable(),
          /** Where an ended system's population went, largest share first. */
          successors: z.array(SystemLinkSchema),
          predecessors: z.array(SystemLinkSchema),
        }),
      },
      ScoreRowSchema,
    ),
  },
  'period-scores': {
    row: PeriodScoreRowSchema,
    key: ['code'],
    body: response({ period: z.string().nullable() }, PeriodScoreRowSchema),
  },
  standards: { row: StandardRowSchema, key: ['id'], body: response({}, StandardRowSchema) },
  'standard-adoption': {
    row: AdoptionRowSchema,
    key: ['period', 'system'],
    body: response(
      {
        standard: z.object({ id: z.string(), name: z.string(), categoryId: z.string() }),
        summary: z.array(AdoptionSummarySchema),
      },
      AdoptionRowSchema,
    ),
  },
  regions: { row: RegionRowSchema, key: ['period', 'code'], body: response({}, RegionRowSchema) },
  products: {
    row: ProductRowSchema,
    key: ['id'],
    body: response(
      {
        /** False for a single feed, which has no data products (then `data` is empty). */
        mesh: z.boolean(),
        /** When product freshness was judged (ISO date and time). */
        checkedAt: z.string(),
      },
      ProductRowSchema,
    ),
  },
  measures: { row: MeasureRowSchema, key: ['id'], body: response({}, MeasureRowSchema) },
  'measure-values': {
    row: MeasureValueRowSchema,
    key: ['period', 'system'],
    body: response(
      {
        measure: z.object({ id: z.string(), name: z.string(), unit: z.string() }),
        national: z.array(NationalValueSchema),
      },
      MeasureValueRowSchema,
    ),
  },
} as const satisfies Record<string, { row: RowSchema; key: readonly string[]; body: z.ZodType }>;

export type TableKind = keyof typeof TABLE_KINDS;

export const IndexSchema = z.object({
  meta: ApiMetaSchema,
  endpoints: z.array(EndpointSchema),
});

export type ResponseKind = TableKind | 'index';

export const schemaPath = (kind: ResponseKind) => `/api/v1/schemas/${kind}.schema.json`;

export function responseSchema(kind: ResponseKind): z.ZodType {
  return kind === 'index' ? IndexSchema : TABLE_KINDS[kind].body;
}

export const RESPONSE_KINDS: readonly ResponseKind[] = [
  'index',
  ...(Object.keys(TABLE_KINDS) as TableKind[]),
];

/** The published JSON Schema of one response kind (draft 2020-12), with its own address as $id. */
export function renderResponseSchema(kind: ResponseKind): string {
  const schema = z.toJSONSchema(responseSchema(kind), { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: schemaPath(kind), title: `API v1 ${kind}` }, null, 2)}\n`;
}
