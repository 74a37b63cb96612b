import { EXAMPLE_STANDARD, EXAMPLE_SYSTEM } from './examples';

/**
 * The static API's files (docs/static-api.md), as the "Access our data" page lists them. A path
 * with a placeholder ({CODE}, {ID}, {PERIOD}) is linked through one real example, so every link
 * on the page opens a file that the build wrote (the end-to-end test fetches each one).
 */
export interface Endpoint {
  /** The path as documented, placeholders included, without its extension. */
  template: string;
  /** The same path with the placeholder filled by a value the bundled data has. */
  example: string;
  answers: string;
  /** The JSON Schema's name under /api/v1/schemas/ that the JSON response follows. */
  schema: string;
  /** False for the index, which is JSON only. */
  csv: boolean;
}

export const API_BASE = '/api/v1';

/** The bundled data's one measure of use (illustrative, like its adoption figures). */
const EXAMPLE_MEASURE_ID = 'nhs-app-users-per-1000-illustrative';

export const ENDPOINTS: readonly Endpoint[] = [
  {
    template: '/index',
    example: '/index',
    answers:
      'What the API holds: its version, the data it was built from, the licence, whether the figures are illustrative, and every file with its schema.',
    schema: 'index',
    csv: false,
  },
  {
    template: '/systems',
    example: '/systems',
    answers:
      'Every system, current and ended: code, ODS code, names, region, the dates it existed and, for an ended system, its successors.',
    schema: 'systems',
    csv: true,
  },
  {
    template: '/systems/{CODE}/scores',
    example: `/systems/${EXAMPLE_SYSTEM.code}/scores`,
    answers:
      'One system in every period: overall, category and standard scores, completeness, and rank with its interval.',
    schema: 'system-scores',
    csv: true,
  },
  {
    template: '/scores/latest',
    example: '/scores/latest',
    answers: "Every system's overall readiness in the latest period.",
    schema: 'period-scores',
    csv: true,
  },
  {
    template: '/scores/{PERIOD}',
    example: '/scores/2026-Q3',
    answers: "Every system's overall readiness in one period, named as in the feed (2026-Q3).",
    schema: 'period-scores',
    csv: true,
  },
  {
    template: '/standards',
    example: '/standards',
    answers: 'Every standard: its name, category, owner and default weight.',
    schema: 'standards',
    csv: true,
  },
  {
    template: '/standards/{ID}/adoption',
    example: `/standards/${EXAMPLE_STANDARD.id}/adoption`,
    answers: "One standard's adoption by every system in every period.",
    schema: 'standard-adoption',
    csv: true,
  },
  {
    template: '/regions',
    example: '/regions',
    answers: 'Each region and the national figure in every period.',
    schema: 'regions',
    csv: true,
  },
  {
    template: '/products',
    example: '/products',
    answers: "The data mesh's data products: owner, freshness and health.",
    schema: 'products',
    csv: true,
  },
  {
    template: '/measures',
    example: '/measures',
    answers: 'The measures of use published alongside the scores.',
    schema: 'measures',
    csv: true,
  },
  {
    template: '/measures/{ID}',
    example: `/measures/${EXAMPLE_MEASURE_ID}`,
    answers: "One measure's values by system and period, and the national value.",
    schema: 'measure-values',
    csv: true,
  },
];

export const BULK_FILES = {
  zip: `${API_BASE}/bulk/all-data.zip`,
  json: `${API_BASE}/bulk/all-data.json`,
} as const;

export function schemaPath(endpoint: Endpoint): string {
  return `${API_BASE}/schemas/${endpoint.schema}.schema.json`;
}
