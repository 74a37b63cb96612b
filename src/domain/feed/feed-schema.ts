/**
 * The feed contract, version 1: written once here. TypeScript types are inferred from it and the
 * published JSON Schema (public/schema/feed-v1.schema.json) is generated from it.
 *
 * Row schemas are exported one by one because the parser validates each row alone: one bad row is
 * rejected with its path and reason, and never sinks the rest of the feed.
 */
import { z } from 'zod';
import { ADOPTION_STATUS_VALUES } from './adoption-status-values';
import { PERIOD_ID_PATTERN } from './period-id-pattern';

/** Text fields are plain text. They are never rendered as markup, so no HTML is stripped here. */
const text = (max: number) => z.string().trim().min(1).max(max);

/** Only http(s) links are accepted: a `javascript:` or `data:` URL from a feed must never be clickable. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).max(2000);

export const IsoDateSchema = z.iso.date();

/** A calendar quarter such as `2025-Q3`. */
export const PeriodIdSchema = z.string().regex(PERIOD_ID_PATTERN, 'a quarter like 2025-Q3');

export const MetadataSchema = z.object({
  schemaVersion: z.string().regex(/^1\.\d+$/, 'a version 1.x such as "1.0"'),
  title: text(200),
  publisher: text(200),
  generatedAt: z.iso.datetime({ offset: true }),
  licence: z.object({ name: text(200), url: HttpUrlSchema.optional() }),
  illustrative: z.boolean(),
  sourceNotes: z.array(text(2000)).max(50).default([]),
  contact: HttpUrlSchema.optional(),
  // Words for the place the feed covers (added in 1.1; all optional). Where one is absent the
  // dashboard words its text neutrally rather than assume England.
  /** The whole area, as a label and in sentences: "England", "Wales". */
  nationalLabel: text(100).optional(),
  /** What one region is called, singular: "NHS England region", "health region". */
  regionTerm: text(100).optional(),
  /** Where the populations come from: "ONS Census 2021". */
  populationSource: text(200).optional(),
  /** What `imdScore` is: "IMD 2025" (English Indices of Deprivation 2025). */
  deprivationSource: text(200).optional(),
  /** Attributions the reference data require, shown in the footer: "Contains OS data © ...". */
  attributions: z.array(text(1000)).max(20).optional(),
});

export const RegionSchema = z.object({
  code: text(20),
  name: text(100),
});

export const CentroidSchema = z.object({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

export const SystemSchema = z.object({
  /** The ONS code (E54000xxx) where one exists, else a stable id of the publisher's. */
  code: text(40),
  /** True when the ONS code is not yet confirmed by ONS. */
  codeProvisional: z.boolean().default(false),
  odsCode: text(10).optional(),
  name: text(200),
  shortName: text(100),
  regionCode: text(20),
  population: z.int().positive(),
  validFrom: IsoDateSchema,
  /** Last day the system existed; absent or null while it still exists. */
  validTo: IsoDateSchema.nullable().default(null),
  centroid: CentroidSchema.optional(),
  areaKm2: z.number().positive().optional(),
  /** Population-weighted mean IMD score of the system's neighbourhoods (higher = more deprived). */
  imdScore: z.number().min(0).max(100).optional(),
  /** Share of residents living in the 20% most deprived neighbourhoods of England. */
  shareMostDeprived: z.number().min(0).max(1).optional(),
  ruralShare: z.number().min(0).max(1).optional(),
});

export const CrosswalkSchema = z.object({
  /** The ended system. */
  from: text(40),
  /** Its successors, each with the share of the ended system's population it took. */
  to: z
    .array(z.object({ code: text(40), populationShare: z.number().gt(0).max(1) }))
    .min(1)
    .max(20),
});

export const AdjacencySchema = z.object({ a: text(40), b: text(40) });

export const CategorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a lower-case id of letters, digits and hyphens'),
  name: text(100),
  description: text(1000).optional(),
  defaultWeight: z.number().min(0).max(100),
});

export const StandardSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'a lower-case id of letters, digits and hyphens'),
  name: text(200),
  owner: text(300),
  categoryId: text(40),
  adoptionMeans: text(1000),
  evidenceUrl: HttpUrlSchema.optional(),
  defaultWeight: z.number().min(0).max(100),
});

export const AdoptionStatusSchema = z.enum(ADOPTION_STATUS_VALUES);

export const ObservationSchema = z.object({
  system: text(40),
  standard: text(60),
  period: PeriodIdSchema,
  status: AdoptionStatusSchema,
  /** Share of the system's organisations live with the standard. */
  coverage: z.number().min(0).max(1).optional(),
  evidenceUrl: HttpUrlSchema.optional(),
  note: text(1000).optional(),
});

export const TechnologyComponentSchema = z.enum([
  'shared-care-record',
  'acute-epr',
  'gp-system',
  'integration-engine',
]);

export const TechnologySchema = z.object({
  system: text(40),
  period: PeriodIdSchema,
  component: TechnologyComponentSchema,
  product: text(200),
  supplier: text(200),
});

/** How a measure is built: a share of 0-1, a rate per `scale` people, or a plain count. */
export const MeasureKindSchema = z.enum(['share', 'rate', 'count']);

/** How often a measure is published; a measurement's period must be of this kind. */
export const MeasureFrequencySchema = z.enum(['month', 'quarter', 'financial-year']);

export const StatisticsStatusSchema = z.enum([
  'official-statistics',
  'official-statistics-in-development',
  'management-information',
]);

/**
 * A measure of use published by a national statistics producer (added in 1.2): its definition,
 * source and status travel with the numbers, so no view shows a figure without them.
 */
export const MeasureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, 'a lower-case id of letters, digits and hyphens'),
  name: text(200),
  unit: text(100),
  kind: MeasureKindSchema,
  /** The definition of what is counted. */
  numerator: text(500),
  /** What the count is divided by: required for a share or a rate, absent for a count. */
  denominator: text(500).optional(),
  /** value = numerator / denominator x scale: 1 for a share, 1000 for "per 1,000". */
  scale: z.number().positive().default(1),
  /** The standard this measure evidences, if any. */
  standardId: text(60).optional(),
  frequency: MeasureFrequencySchema,
  publisher: text(200),
  sourceUrl: HttpUrlSchema,
  licence: z.object({ name: text(200), url: HttpUrlSchema.optional() }),
  statisticsStatus: StatisticsStatusSchema,
});

/** A month ("2025-08"), a quarter ("2025-Q3") or a financial year ("2025/26"). */
export const MeasurementPeriodSchema = z
  .string()
  .regex(
    /^\d{4}-(?:0[1-9]|1[0-2]|Q[1-4])$|^\d{4}\/\d{2}$/,
    'a month like 2025-08, a quarter like 2025-Q3 or a financial year like 2025/26',
  );

/** One system's value of one measure for one period (added in 1.2). */
export const MeasurementSchema = z.object({
  system: text(40),
  measure: text(60),
  period: MeasurementPeriodSchema,
  numerator: z.number().min(0),
  /** Present for a share or a rate, absent for a count. */
  denominator: z.number().positive().optional(),
  value: z.number().min(0),
});

export const GeographySchema = z.object({
  regions: z.array(RegionSchema),
  systems: z.array(SystemSchema),
  crosswalk: z.array(CrosswalkSchema).default([]),
  adjacency: z.array(AdjacencySchema).default([]),
});

export const FeedSchema = z.object({
  metadata: MetadataSchema,
  geography: GeographySchema,
  categories: z.array(CategorySchema),
  standards: z.array(StandardSchema),
  periods: z.array(PeriodIdSchema),
  observations: z.array(ObservationSchema).default([]),
  technology: z.array(TechnologySchema).default([]),
  measures: z.array(MeasureSchema).default([]),
  measurements: z.array(MeasurementSchema).default([]),
});

export type Metadata = z.infer<typeof MetadataSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type System = z.infer<typeof SystemSchema>;
export type Crosswalk = z.infer<typeof CrosswalkSchema>;
export type Adjacency = z.infer<typeof AdjacencySchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Standard = z.infer<typeof StandardSchema>;
export type AdoptionStatus = z.infer<typeof AdoptionStatusSchema>;
export type Observation = z.infer<typeof ObservationSchema>;
export type TechnologyComponent = z.infer<typeof TechnologyComponentSchema>;
export type Technology = z.infer<typeof TechnologySchema>;
export type PeriodId = z.infer<typeof PeriodIdSchema>;
export type MeasureKind = z.infer<typeof MeasureKindSchema>;
export type MeasureFrequency = z.infer<typeof MeasureFrequencySchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Measurement = z.infer<typeof MeasurementSchema>;
export type Feed = z.infer<typeof FeedSchema>;
