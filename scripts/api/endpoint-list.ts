/** The index's list of endpoints: each kind's path template, schema and every concrete path. */
import type { z } from 'zod';
import type { EndpointSchema } from './api-schemas';
import { schemaPath } from './api-responses';
import type { TableKind } from './api-responses';

type Endpoint = z.infer<typeof EndpointSchema>;

const ROOT = '/api/v1';

/** One entry per path template; `scores/latest` is its own entry (the common question). */
const TEMPLATES: readonly { id: string; kind: TableKind; template: string; title: string }[] = [
  { id: 'systems', kind: 'systems', template: 'systems', title: 'Every system' },
  {
    id: 'system-scores',
    kind: 'system-scores',
    template: 'systems/{CODE}/scores',
    title: "One system's scores in every period",
  },
  {
    id: 'scores-latest',
    kind: 'period-scores',
    template: 'scores/latest',
    title: "Every system's overall readiness in the latest period",
  },
  {
    id: 'scores-period',
    kind: 'period-scores',
    template: 'scores/{PERIOD}',
    title: "Every system's overall readiness in one period",
  },
  { id: 'standards', kind: 'standards', template: 'standards', title: 'Every standard' },
  {
    id: 'standard-adoption',
    kind: 'standard-adoption',
    template: 'standards/{ID}/adoption',
    title: "One standard's adoption by system and period",
  },
  { id: 'regions', kind: 'regions', template: 'regions', title: 'Regions and the whole area' },
  { id: 'products', kind: 'products', template: 'products', title: 'Data products and health' },
  { id: 'measures', kind: 'measures', template: 'measures', title: 'Every measure of use' },
  {
    id: 'measure-values',
    kind: 'measure-values',
    template: 'measures/{ID}',
    title: "One measure's values by system and period",
  },
];

const matches = (template: string, path: string) =>
  new RegExp(`^${template.replace(/\{[A-Z]+\}/g, '[^/]+')}$`).test(path);

export function endpointList(responses: readonly { kind: TableKind; path: string }[]): Endpoint[] {
  return TEMPLATES.map(({ id, kind, template, title }) => {
    const paths = responses
      .filter((response) => response.kind === kind && matches(template, response.path))
      // scores/latest is not one of the {PERIOD} paths.
      .filter((response) => id !== 'scores-period' || response.path !== 'scores/latest')
      .map((response) => `${ROOT}/${response.path}`);
    return {
      id,
      title,
      template: `${ROOT}/${template}`,
      formats: ['json', 'csv'],
      schema: schemaPath(kind),
      paths,
    };
  });
}

/** Every kind appears in the list (a test checks none is left unlisted). */
export const LISTED_KINDS = new Set(TEMPLATES.map((entry) => entry.kind));
