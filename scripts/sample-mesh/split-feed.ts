/**
 * Splits the sample feed into the sample mesh: a reference product owned by the platform team and
 * one domain product per system of every vintage (a product of an ICB that ended ends with it),
 * listed in a catalogue. Pure and deterministic: the same feed gives the same files.
 *
 * Planted so every state shows on the bundled data (docs/sample-feed.md, "The sample mesh"), each
 * chosen by position among the current systems in code order:
 * - late (2): the 3rd and 10th publish nothing for the latest quarter yet;
 * - missed (1): the 6th publishes nothing for the last two quarters;
 * - rows it does not own (1): the 8th also sends its first neighbour's latest rows;
 * - URL missing (1): the 12th is in the catalogue, but no file is published at its URL;
 * - another contract (1): the 14th declares contract 2.0.
 */
import type { System } from '../../src/domain/feed/feed-schema';
import type { SampleFeed as Feed } from '../sample-feed/build-feed';
import type { Catalogue, ProductDescriptorInput } from '../../src/domain/mesh/product-schema';

export const MESH_CONTRACT = '1.x';
/** Products carry the `product` section, which contract 1.1 added. */
const PRODUCT_CONTRACT = '1.1';
const SLA = { frequency: 'quarterly', latencyDays: 14 } as const;
const PLATFORM_TEAM = 'National interoperability platform team (illustrative)';

export const PLANTED = {
  late: [2, 9],
  missed: [5],
  foreignRows: [7],
  missingUrl: [11],
  otherContract: [13],
} as const;

export interface SampleMesh {
  catalogue: Catalogue;
  reference: Record<string, unknown>;
  /** File name (under products/) -> product JSON; the missing-URL product has none. */
  products: Map<string, Record<string, unknown>>;
  /** What was planted where, by product id, for the docs and the tests. */
  planted: Record<keyof typeof PLANTED, string[]>;
}

export function productIdOf(system: Pick<System, 'shortName' | 'name' | 'code'>): string {
  const words = (system.shortName ?? system.name).toLowerCase().normalize('NFKD');
  const slug = words
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72);
  return slug || system.code.toLowerCase();
}

/** One id per system; a successor with its predecessor's name gets its start year added. */
function productIds(systems: readonly System[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const system of systems) {
    let id = productIdOf(system);
    if (taken.has(id)) id = `${id}-${system.validFrom.slice(0, 4)}`;
    taken.add(id);
    ids.set(system.code, id);
  }
  return ids;
}

function descriptor(system: System, feed: Feed, id: string): ProductDescriptorInput {
  const team = `${system.shortName ?? system.name} ICB digital team (illustrative)`;
  const first = {
    date: system.validFrom,
    version: '1.0.0',
    summary: 'First release under contract 1.x.',
  };
  const ended = system.validTo !== null;
  const changes = ended
    ? [
        first,
        {
          date: system.validTo ?? '',
          version: '1.1.0',
          summary: `Retired: ${system.shortName ?? system.name} ended on ${system.validTo}; its successors publish from the next quarter.`,
        },
      ]
    : [
        first,
        {
          date: feed.metadata.generatedAt.slice(0, 10),
          version: '1.1.0',
          summary: 'Added technology rows for the integration engine.',
        },
      ];
  return {
    id,
    domain: [system.code],
    owner: {
      team,
      contact: `digital-${(system.odsCode ?? system.code).toLowerCase()}@example.org`,
    },
    version: '1.1.0',
    status: ended ? 'retired' : 'active',
    sla: SLA,
    changes,
  };
}

function referenceOf(feed: Feed): Record<string, unknown> {
  return {
    metadata: {
      ...feed.metadata,
      schemaVersion: PRODUCT_CONTRACT,
      title: `${feed.metadata.title}: reference data`,
    },
    geography: feed.geography,
    categories: feed.categories,
    standards: feed.standards,
    periods: feed.periods,
    product: {
      id: 'reference',
      domain: [],
      owner: { team: PLATFORM_TEAM, contact: 'platform@example.org' },
      version: '1.0.0',
      status: 'active',
      sla: SLA,
      changes: [
        {
          date: '2026-10-15',
          version: '1.0.0',
          summary: 'Geography, standards and periods split out of the single feed.',
        },
      ],
    },
  };
}

function rowsFor(feed: Feed, code: string, dropLast: number) {
  const keep = new Set(feed.periods.slice(0, feed.periods.length - dropLast));
  return {
    observations: feed.observations.filter((row) => row.system === code && keep.has(row.period)),
    technology: feed.technology.filter((row) => row.system === code && keep.has(row.period)),
  };
}

/** Three latest-quarter rows of the first neighbour that has any: rows this product does not own. */
function neighbourRows(feed: Feed, code: string) {
  const latest = feed.periods.at(-1);
  for (const edge of feed.geography.adjacency) {
    if (edge.a !== code && edge.b !== code) continue;
    const other = edge.a === code ? edge.b : edge.a;
    const rows = feed.observations.filter((row) => row.system === other && row.period === latest);
    if (rows.length > 0) return rows.slice(0, 3);
  }
  return [];
}

export function splitFeed(feed: Feed): SampleMesh {
  const current = feed.geography.systems
    .filter((s) => s.validTo === null)
    .map((s) => s.code)
    .sort();
  const pick = (positions: readonly number[]) => new Set(positions.map((i) => current[i] ?? ''));
  const plantedCodes = Object.fromEntries(
    Object.entries(PLANTED).map(([state, positions]) => [state, pick(positions)]),
  ) as Record<keyof typeof PLANTED, Set<string>>;
  const planted = Object.fromEntries(
    Object.keys(PLANTED).map((k) => [k, [] as string[]]),
  ) as SampleMesh['planted'];
  const products = new Map<string, Record<string, unknown>>();
  const systems = [...feed.geography.systems].sort((a, b) => a.code.localeCompare(b.code));
  const ids = productIds(systems);
  for (const system of systems) {
    const product = descriptor(system, feed, ids.get(system.code) ?? system.code);
    const is = (state: keyof typeof PLANTED) => plantedCodes[state].has(system.code);
    for (const state of Object.keys(PLANTED) as (keyof typeof PLANTED)[])
      if (is(state)) planted[state].push(product.id);
    if (is('missingUrl')) continue;
    const rows = rowsFor(feed, system.code, is('missed') ? 2 : is('late') ? 1 : 0);
    const observations = is('foreignRows')
      ? [...rows.observations, ...neighbourRows(feed, system.code)]
      : rows.observations;
    const metadata = {
      ...feed.metadata,
      schemaVersion: is('otherContract') ? '2.0' : PRODUCT_CONTRACT,
      title: `Interoperability readiness of ${system.shortName ?? system.name} (illustrative sample)`,
      publisher: product.owner.team,
      // Late and missed products last published before the quarters they owe.
      generatedAt: is('missed')
        ? '2026-04-12T09:00:00Z'
        : is('late')
          ? '2026-07-10T09:00:00Z'
          : feed.metadata.generatedAt,
    };
    products.set(`${product.id}.json`, {
      metadata,
      product,
      observations,
      technology: rows.technology,
    });
  }
  const catalogue: Catalogue = {
    catalogueVersion: '1',
    title: 'Interoperability readiness data mesh (illustrative sample)',
    publisher: PLATFORM_TEAM,
    generatedAt: feed.metadata.generatedAt,
    reference: {
      id: 'reference',
      url: 'reference.json',
      owner: PLATFORM_TEAM,
      expectedContract: MESH_CONTRACT,
      domain: [],
    },
    products: systems.map((system) => {
      const product = descriptor(system, feed, ids.get(system.code) ?? system.code);
      return {
        id: product.id,
        url: `products/${product.id}.json`,
        owner: product.owner.team,
        expectedContract: MESH_CONTRACT,
        domain: [system.code],
      };
    }),
  };
  return { catalogue, reference: referenceOf(feed), products, planted };
}
