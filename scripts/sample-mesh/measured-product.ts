/**
 * The sample mesh's ILLUSTRATIVE measured-use product: a source-aligned product shaped like NHS
 * England's NHS App management information (monthly unique users per 1,000 people per system), so
 * the measured-use views show on the bundled data. Every value is made up by a seeded model; the
 * real publication is imported with `npm run import` (docs/importers.md).
 *
 * The months run over the April 2026 boundary change, so each month is published on the systems
 * that existed in it (42 ICBs to March 2026, the April 2026 systems after) and the views must say
 * which geography they show. Pure and deterministic: the same feed and seed give the same rows.
 */
import { createHash } from 'node:crypto';
import type { Measure, Measurement, System } from '../../src/domain/feed/feed-schema';
import { periodBounds, parsePeriod } from '../../src/domain/periods/period';
import { monthId, parseMonth, shiftMonth } from '../../src/domain/periods/month';
import { random } from '../sample-feed/prng';
import type { SampleFeed as Feed } from '../sample-feed/build-feed';
import { MESH_CONTRACT } from './split-feed';
import type { SampleMesh } from './split-feed';

export const MEASURED_PRODUCT_ID = 'nhs-app-use-illustrative';
export const MEASURED_OWNER = 'NHS England (illustrative)';
const PUBLICATION_URL =
  'https://digital.nhs.uk/data-and-information/publications/statistical/nhs-app-statistics';
const FIRST_MONTH = '2025-10';
const MONTHS = 12;
const SCALE = 1000;

export const ILLUSTRATIVE_MEASURE: Measure = {
  id: 'nhs-app-users-per-1000-illustrative',
  name: 'NHS App unique users (ILLUSTRATIVE)',
  unit: 'per 1,000 people',
  kind: 'rate',
  numerator:
    'ILLUSTRATIVE, not real: people who logged in to the NHS App at least once in the month, made up by a seeded model',
  denominator: "The system's population in the reference geography (ONS Census 2021)",
  scale: SCALE,
  standardId: 'nhs-app-integration',
  frequency: 'month',
  publisher: MEASURED_OWNER,
  sourceUrl: PUBLICATION_URL,
  licence: { name: 'Open Government Licence v3.0' },
  statisticsStatus: 'management-information',
};

/** The product's months, oldest first. */
export function measuredMonths(): string[] {
  const first = parseMonth(FIRST_MONTH);
  if (!first) throw new Error(`bad first month ${FIRST_MONTH}`);
  return Array.from({ length: MONTHS }, (_, index) => monthId(shiftMonth(first, index)));
}

function existsIn(system: System, month: string): boolean {
  const period = parsePeriod(month);
  if (!period) return false;
  const { start, end } = periodBounds(period);
  return system.validFrom <= start && (system.validTo === null || system.validTo >= end);
}

/**
 * Users per 1,000: about 250 nationally, lower where deprivation is higher (a published pattern of
 * digital exclusion), a system's own seeded level, growth of about 0.8% a month and small noise.
 */
function usersPerThousand(system: System, month: string, index: number, seed: string): number {
  const level = random(seed, 'measured-level', system.code).normal() * 18;
  const deprivation = ((system.imdScore ?? 22) - 22) * 2.2;
  const noise = random(seed, 'measured-noise', system.code, month).normal() * 3;
  const rate = (250 + level - deprivation) * (1 + 0.008 * index) + noise;
  return Math.min(420, Math.max(120, rate));
}

export function measuredRows(feed: Feed, seed: string): Measurement[] {
  const systems = [...feed.geography.systems].sort((a, b) => a.code.localeCompare(b.code));
  return measuredMonths().flatMap((month, index) =>
    systems
      .filter((system) => existsIn(system, month))
      .map((system) => {
        const rate = usersPerThousand(system, month, index, seed);
        const numerator = Math.round((rate * system.population) / SCALE);
        const value = Math.round((numerator / system.population) * SCALE * 100) / 100;
        return {
          system: system.code,
          measure: ILLUSTRATIVE_MEASURE.id,
          period: month,
          numerator,
          denominator: system.population,
          value,
        };
      }),
  );
}

/** The product file: contract 1.2, source-aligned, owning no systems, with its lineage. */
export function measuredProduct(feed: Feed, seed: string): Record<string, unknown> {
  const measurements = measuredRows(feed, seed);
  // The lineage names the generator and the hash of what it generated: there is no source file.
  const sha256 = createHash('sha256').update(JSON.stringify(measurements)).digest('hex');
  const generatedAt = feed.metadata.generatedAt;
  return {
    metadata: {
      ...feed.metadata,
      schemaVersion: '1.2',
      title: 'NHS App use by system, monthly (ILLUSTRATIVE sample, not real statistics)',
      publisher: MEASURED_OWNER,
      illustrative: true,
      sourceNotes: [
        "ILLUSTRATIVE SAMPLE: every NHS App figure in this product is made up by a seeded script (scripts/sample-mesh/measured-product.ts). It is shaped like NHS England's NHS App management information but says nothing about real NHS App use in any ICB.",
        'Populations (the denominators) are ONS Census 2021 usual residents from the reference product.',
      ],
    },
    product: {
      id: MEASURED_PRODUCT_ID,
      domain: [],
      alignment: 'source',
      owner: { team: MEASURED_OWNER, contact: 'nhs-app-statistics@example.org' },
      version: '1.0.0',
      status: 'active',
      sla: { frequency: 'monthly', latencyDays: 45 },
      changes: [
        {
          date: generatedAt.slice(0, 10),
          version: '1.0.0',
          summary: `Illustrative NHS App use, ${measuredMonths()[0]} to ${measuredMonths().at(-1)}.`,
        },
      ],
      lineage: {
        publisher: MEASURED_OWNER,
        publicationUrl: PUBLICATION_URL,
        importedAt: generatedAt,
        sources: [{ file: 'measured-product.ts', sha256, edition: `seed ${seed}` }],
      },
    },
    measures: [ILLUSTRATIVE_MEASURE],
    measurements,
  };
}

/**
 * The mesh with the measured product listed last: a source-aligned product owns no systems, and
 * last in the catalogue it never takes an observation or a measure from a domain product.
 */
export function withMeasuredProduct(mesh: SampleMesh, feed: Feed, seed: string): SampleMesh {
  const products = new Map(mesh.products);
  products.set(`${MEASURED_PRODUCT_ID}.json`, measuredProduct(feed, seed));
  const entry = {
    id: MEASURED_PRODUCT_ID,
    url: `products/${MEASURED_PRODUCT_ID}.json`,
    owner: MEASURED_OWNER,
    expectedContract: MESH_CONTRACT,
    domain: [],
  };
  const catalogue = { ...mesh.catalogue, products: [...mesh.catalogue.products, entry] };
  return { ...mesh, catalogue, products };
}
