/**
 * The feed contract in the Open Data Contract Standard (ODCS v3.1.0), published as
 * public/schema/feed-v1.odcs.yaml. Generated from the same zod schema as the JSON Schema (through
 * its JSON Schema, so both say the same), with the row rules as quality checks, the SLA and the
 * platform team. `npm run build:schema` writes it; a test fails if the file is stale.
 */
import type { ProductSla } from '../mesh/product-schema';
import { CONTRACT_MAJOR, CONTRACT_MINOR } from './contract-version';
import { FEED_JSON_SCHEMA_ID, contractJsonSchema } from './feed-json-schema';
import { odcsProperties, odcsValueProperty, type OdcsProperty } from './odcs-properties';
import { REFERENCES, ROW_RULES } from './odcs-quality';
import { renderYaml } from './render-yaml';

export const ODCS_CONTRACT_ID = 'interop-readiness-feed';
/** The contract's version as ODCS wants it (semantic): contract 1.2 is 1.2.0. */
export const ODCS_CONTRACT_VERSION = `${CONTRACT_MAJOR}.${CONTRACT_MINOR}.0`;
export const ODCS_FILE = 'feed-v1.odcs.yaml';

/** The SLA every product of the bundled mesh agrees to (scripts/sample-mesh/split-feed.ts). */
export const CONTRACT_SLA: ProductSla = { frequency: 'quarterly', latencyDays: 14 };
export const PLATFORM_TEAM_NAME = 'National interoperability platform team (illustrative)';

type Node = Record<string, unknown>;

/** Each table (or object) of the contract: where it sits in the feed and what it holds. */
const TABLES: readonly { name: string; path: readonly string[]; description: string }[] = [
  {
    name: 'metadata',
    path: ['metadata'],
    description: 'Who published the feed, when, under which licence and contract version.',
  },
  {
    name: 'product',
    path: ['product'],
    description:
      "A data product of the mesh describes itself: id, domain, owner, version, status, SLA and changes (added in 1.1; a single feed leaves it out); 1.2 adds its alignment (a domain product, or a source-aligned one importing a national publisher's statistics) and the lineage of its source files.",
  },
  { name: 'regions', path: ['geography', 'regions'], description: 'NHS England regions.' },
  {
    name: 'systems',
    path: ['geography', 'systems'],
    description: 'One row per ICS/ICB, with its life (validFrom, validTo) and place figures.',
  },
  {
    name: 'crosswalk',
    path: ['geography', 'crosswalk'],
    description: 'For each ended system, its successors and the population share each took.',
  },
  {
    name: 'adjacency',
    path: ['geography', 'adjacency'],
    description: 'Pairs of systems that share a border.',
  },
  {
    name: 'categories',
    path: ['categories'],
    description: 'Groups of standards, with default weights.',
  },
  {
    name: 'standards',
    path: ['standards'],
    description:
      'The national interoperability standards tracked, with what "live" means for each.',
  },
  {
    name: 'periods',
    path: ['periods'],
    description: 'The quarters covered, oldest first; each row is a quarter id such as 2026-Q3.',
  },
  {
    name: 'observations',
    path: ['observations'],
    description: 'One row per system, standard and quarter: adoption status and coverage.',
  },
  {
    name: 'technology',
    path: ['technology'],
    description: 'Products in use per system and quarter.',
  },
  {
    name: 'measures',
    path: ['measures'],
    description:
      'Measures of use published by national statistics producers (added in 1.2): definition, kind (share, rate or count), scale, frequency, source, licence and statistics status.',
  },
  {
    name: 'measurements',
    path: ['measurements'],
    description:
      'One row per system, measure and period (a month, quarter or financial year, as the measure says): numerator, denominator and value (added in 1.2).',
  },
];

const child = (node: Node, key: string): Node => {
  const properties = node.properties as Record<string, Node> | undefined;
  const found = properties?.[key];
  if (!found) throw new Error(`The contract's JSON Schema has no "${key}"`);
  return found;
};

const sectionNode = (root: Node, segments: readonly string[]) => segments.reduce(child, root);

/** The JSON Schema node of one table's rows, or of an object section. */
function rowNode(section: Node): Node {
  return section.type === 'array' ? (section.items as Node) : section;
}

function withReferences(table: string, properties: OdcsProperty[]): OdcsProperty[] {
  const references = REFERENCES[table] ?? {};
  return properties.map((property) => {
    const to = references[String(property.name)];
    return to ? { ...property, relationships: [{ type: 'foreignKey', to }] } : property;
  });
}

function schemaObject(root: Node, table: (typeof TABLES)[number]) {
  const section = sectionNode(root, table.path);
  const node = rowNode(section);
  const properties =
    node.type === 'object' ? odcsProperties(node) : [odcsValueProperty('period', node)];
  const isTable = section.type === 'array';
  return {
    id: table.name,
    name: table.name,
    physicalName: `$.${table.path.join('.')}`,
    physicalType: isTable ? 'table' : 'object',
    logicalType: 'object',
    description: table.description,
    properties: withReferences(table.name, properties),
    quality: ROW_RULES[table.name] ?? [],
  };
}

export function odcsContract(sla: ProductSla = CONTRACT_SLA) {
  const root = contractJsonSchema() as Node;
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: ODCS_CONTRACT_ID,
    name: 'Interoperability readiness feed',
    version: ODCS_CONTRACT_VERSION,
    status: 'active',
    domain: 'interoperability-readiness',
    tags: ['nhs', 'interoperability', 'data-mesh'],
    description: {
      purpose:
        "Per-system adoption of national interoperability standards for England's Integrated Care Systems: the one contract every data product of the mesh publishes under.",
      usage:
        'Publish a feed or a data product that follows it; check it with `npm run feed:check` or `npm run mesh:check`. A minor version only adds optional fields or allowed values.',
      limitations:
        "Generated from the dashboard's zod schema (src/domain/feed/feed-schema.ts). JSON Schema and this file describe a wholly valid feed; the dashboard rejects bad rows one by one, as the quality checks say.",
      authoritativeDefinitions: [
        {
          type: 'implementation',
          url: FEED_JSON_SCHEMA_ID,
          description: 'The same contract as JSON Schema.',
        },
      ],
    },
    schema: TABLES.map((table) => schemaObject(root, table)),
    slaProperties: [
      {
        property: 'frequency',
        value: sla.frequency,
        description: 'Each product publishes one quarter at a time.',
      },
      {
        property: 'latency',
        value: sla.latencyDays,
        unit: 'd',
        element: 'observations.period',
        description:
          "A quarter's rows are due this many days after the quarter ends; late from the day after. Each product states its own latencyDays in its descriptor.",
      },
    ],
    team: {
      name: PLATFORM_TEAM_NAME,
      description:
        'Owns the contract, the reference product and the catalogue; each ICS team owns its own data product.',
    },
  };
}

/** The file's exact text (render-yaml.ts). */
export function renderOdcsContract(): string {
  return renderYaml(
    'Generated by `npm run build:schema` from src/domain/feed/feed-schema.ts; do not edit.',
    odcsContract(),
  );
}
