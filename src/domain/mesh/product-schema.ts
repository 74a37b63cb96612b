/**
 * The data mesh's shared foundation, written once: the `product` descriptor a data product carries
 * (contract 1.2 adds it as an optional section, so a feed without one stays valid) and the
 * catalogue that lists every product. Types are inferred from these schemas; the published JSON
 * Schemas are generated from them (scripts/build-schema.ts).
 */
import { z } from 'zod';
import { HttpUrlSchema, IsoDateSchema } from '../feed/feed-schema';

const text = (max: number) => z.string().trim().min(1).max(max);

/** Semantic version of a product ("1.4.0"): a product's own versions, not the contract's. */
export const SemverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a semantic version such as "1.4.0"');

export const ProductStatusSchema = z.enum(['draft', 'active', 'deprecated', 'retired']);

export const ProductOwnerSchema = z.object({
  /** The team that answers for the product: "Cheshire and Merseyside ICB digital team". */
  team: text(200),
  /** An address or page where that team takes questions. */
  contact: z.union([HttpUrlSchema, z.email().max(320)]),
});

export const ProductSlaSchema = z.object({
  /** How often the product publishes a period: monthly and annual (financial year) added in 1.2. */
  frequency: z.enum(['quarterly', 'monthly', 'annual']),
  /** Days after a period ends by which its data is due. */
  latencyDays: z.number().int().min(0).max(366),
});

/**
 * Domain products are published by the teams that own systems; a source-aligned product is a
 * national publisher's statistics imported as they were published, and owns no systems (1.2).
 */
export const ProductAlignmentSchema = z.enum(['domain', 'source']);

export const LineageSourceSchema = z.object({
  /** The file's own name, without directories: a path on the importer's machine means nothing. */
  file: text(300).regex(/^[^/\\]+$/, 'a file name without directories'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hexadecimal digits'),
  /** "August 2025". */
  edition: text(100).optional(),
});

/** Where a source-aligned product's rows came from, so each can be traced to a published file. */
export const ProductLineageSchema = z.object({
  publisher: text(200),
  publicationUrl: HttpUrlSchema,
  importedAt: z.iso.datetime({ offset: true }),
  sources: z.array(LineageSourceSchema).min(1).max(200),
});

export const ProductChangeSchema = z.object({
  date: IsoDateSchema,
  version: SemverSchema,
  summary: text(1000),
});

export const ProductDescriptorSchema = z.object({
  /** Stable id, also the product's file name: lower-case letters, digits and hyphens. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and hyphens'),
  /** The system codes this product owns; the national reference product owns none. */
  domain: z.array(text(40)).max(50),
  owner: ProductOwnerSchema,
  version: SemverSchema,
  status: ProductStatusSchema,
  sla: ProductSlaSchema,
  changes: z.array(ProductChangeSchema).max(200).default([]),
  alignment: ProductAlignmentSchema.default('domain'),
  lineage: ProductLineageSchema.optional(),
});

/** A contract version a catalogue expects, by major and minor: "1.2", or "1.x" for any 1 minor. */
export const ContractVersionSchema = z
  .string()
  .regex(/^\d+\.(?:\d+|x)$/, 'a contract version such as "1.2" or "1.x"');

/** A product's address: an absolute http(s) URL, or a path relative to the catalogue's own URL. */
const ProductUrlSchema = z.union([
  HttpUrlSchema,
  z
    .string()
    .max(2000)
    .regex(/^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s]+$/i, 'a relative path such as "products/x.json"'),
]);

export const CatalogueEntrySchema = z.object({
  id: ProductDescriptorSchema.shape.id,
  url: ProductUrlSchema,
  owner: text(200),
  expectedContract: ContractVersionSchema,
  /** What the catalogue says the product owns; the product's own descriptor must agree. */
  domain: z.array(text(40)).max(50).default([]),
});

export const CatalogueSchema = z.object({
  catalogueVersion: z.literal('1'),
  title: text(200),
  publisher: text(200),
  generatedAt: z.iso.datetime({ offset: true }),
  reference: CatalogueEntrySchema,
  products: z.array(CatalogueEntrySchema).max(5000),
});

export type ProductStatus = z.infer<typeof ProductStatusSchema>;
export type ProductSla = z.infer<typeof ProductSlaSchema>;
export type ProductAlignment = z.infer<typeof ProductAlignmentSchema>;
export type ProductLineage = z.infer<typeof ProductLineageSchema>;
export type ProductDescriptor = z.infer<typeof ProductDescriptorSchema>;
/** A descriptor as written in a file, where defaulted fields (`alignment`, `changes`) may be absent. */
export type ProductDescriptorInput = z.input<typeof ProductDescriptorSchema>;
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;
export type Catalogue = z.infer<typeof CatalogueSchema>;
