/**
 * The static API's responses as zod schemas: the writer's types, the published JSON Schemas
 * (/api/v1/schemas/) and the CSVW column lists all come from here, so none can drift from another.
 * Every table endpoint's `data` rows are flat (scalars, or lists of codes), so its CSV holds exactly
 * the same rows and columns as its JSON.
 */
import { z } from 'zod';

export const API_VERSION = 'v1';

const num = z.number().nullable();
const int = z.int().nullable();
const text = z.string().nullable();
const isoDate = z.iso.date();

export const ApiMetaSchema = z.object({
  apiVersion: z.literal(API_VERSION),
  /** The feed's (or the mesh reference product's) own title, publisher and time of writing. */
  source: z.object({ title: z.string(), publisher: z.string(), generatedAt: z.string() }),
  licence: z.object({ name: z.string(), url: z.string().nullable() }),
  /** True when the data are made up for demonstration (the feed says so). */
  illustrative: z.boolean(),
  /** The file the API was written from: a feed or a mesh catalogue. */
  generatedFrom: z.string(),
  /** This response's JSON Schema. */
  schema: z.string(),
});

export const SystemRowSchema = z.object({
  code: z.string(),
  odsCode: text,
  name: z.string(),
  shortName: z.string(),
  regionCode: z.string(),
  regionName: text,
  population: z.int(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** Codes of the systems that took over an ended system's area (the crosswalk). */
  successors: z.array(z.string()),
  predecessors: z.array(z.string()),
  scoresPath: z.string(),
});

export const ScoreRowSchema = z.object({
  period: z.string(),
  /** overall, category or standard; `id` is "overall" on the overall row. */
  level: z.enum(['overall', 'category', 'standard']),
  id: z.string(),
  name: z.string(),
  score: num,
  /** Share 0-1 of the weight that was reported (overall and category rows). */
  completeness: num,
  lowConfidence: z.boolean().nullable(),
  rank: int,
  rankLow: int,
  rankHigh: int,
  rankedCount: int,
});

export const PeriodScoreRowSchema = z.object({
  period: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  regionCode: z.string(),
  overall: num,
  completeness: num,
  lowConfidence: z.boolean(),
  rank: int,
  rankLow: int,
  rankHigh: int,
  rankedCount: z.int(),
  /** Why a system has no figures (its data product is unavailable); null when it has them. */
  note: text,
});

export const StandardRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  categoryId: z.string(),
  categoryName: z.string(),
  adoptionMeans: z.string(),
  evidenceUrl: text,
  defaultWeight: z.number(),
  period: text,
  reporting: z.int(),
  live: z.int(),
  shareLive: num,
  populationCovered: num,
  meanScore: num,
  median: num,
  changeOverYear: num,
  adoptionPath: z.string(),
});

export const AdoptionRowSchema = z.object({
  period: z.string(),
  system: z.string(),
  systemName: z.string(),
  regionCode: z.string(),
  status: z.string(),
  coverage: num,
  score: num,
});

export const AdoptionSummarySchema = z.object({
  period: z.string(),
  reporting: z.int(),
  live: z.int(),
  shareLive: num,
  populationCovered: num,
  meanScore: num,
});

export const RegionRowSchema = z.object({
  period: z.string(),
  level: z.enum(['region', 'national']),
  code: z.string(),
  name: z.string(),
  populationWeighted: num,
  median: num,
  q1: num,
  q3: num,
  min: num,
  max: num,
  systems: z.int(),
});

export const ProductRowSchema = z.object({
  id: z.string(),
  owner: z.string(),
  url: z.string(),
  domain: z.array(z.string()),
  state: z.string(),
  freshness: text,
  latestPeriod: text,
  expectedPeriod: text,
  rowsRead: int,
  rowsAccepted: int,
  rowsRejected: int,
  completenessPeriod: text,
  completenessShare: num,
  checksPassed: z.int(),
  checksFailed: z.int(),
  checksUnjudged: z.int(),
  contractVersion: text,
  publishedAt: text,
});

export const MeasureRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  kind: z.string(),
  numerator: z.string(),
  denominator: text,
  scale: z.number(),
  standardId: text,
  frequency: z.string(),
  publisher: z.string(),
  sourceUrl: z.string(),
  licenceName: z.string(),
  licenceUrl: text,
  statisticsStatus: z.string(),
  firstPeriod: text,
  latestPeriod: text,
  systems: z.int(),
  valuesPath: z.string(),
});

export const MeasureValueRowSchema = z.object({
  period: z.string(),
  system: z.string(),
  systemName: z.string(),
  numerator: z.number(),
  denominator: num,
  value: z.number(),
});

export const NationalValueSchema = z.object({ period: z.string(), value: num });

export const EndpointSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The path without its extension, with {CODE}, {PERIOD} or {ID} where it varies. */
  template: z.string(),
  formats: z.array(z.enum(['json', 'csv'])),
  schema: z.string(),
  /** Every concrete path of the endpoint, without extension. */
  paths: z.array(z.string()),
});
