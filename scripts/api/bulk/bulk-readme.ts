/**
 * The README.txt inside the bulk ZIP: where the data comes from, under which licence, whether it is
 * illustrative, and one line per file saying what it holds. Pure, so the words are tested without
 * a file system.
 */
export interface BulkFacts {
  source: string;
  /** When the source data was generated. */
  dataDate: string;
  licence: string;
  generatedFrom: string;
  illustrative: boolean | null;
}

/**
 * Reads the facts from /api/v1/index.json (under its `meta`, or at the top), whatever shape each
 * field takes (text or object), so a README never fails for a renamed detail: it says what it
 * could not find.
 */
export function bulkFacts(index: unknown): BulkFacts {
  const top = isRecord(index) ? index : {};
  const meta = isRecord(top['meta']) ? top['meta'] : top;
  const source = meta['source'];
  return {
    source: describe(source),
    dataDate: describe(isRecord(source) ? source['generatedAt'] : meta['generatedAt']),
    licence: describe(meta['licence']),
    generatedFrom: describe(meta['generatedFrom']),
    illustrative: typeof meta['illustrative'] === 'boolean' ? meta['illustrative'] : null,
  };
}

const NOT_STATED = 'not stated in index.json';

function describe(value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (isRecord(value)) {
    const parts = ['publisher', 'name', 'title', 'url']
      .map((key) => value[key])
      .filter((part): part is string => typeof part === 'string' && part !== '');
    if (parts.length > 0) return parts.join(', ');
  }
  return NOT_STATED;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a file in the API holds, from its path (the layout in docs/open-data: H's API). */
export function describeFile(path: string): string {
  const csvw = path.endsWith('.csv-metadata.json');
  const base = csvw ? path.slice(0, -'-metadata.json'.length) : path;
  if (csvw) return `CSV on the Web metadata describing the columns of ${base}`;
  if (path === 'all-data.json')
    return 'every JSON response of the API in one object, keyed by path';
  return describeTable(base.replace(/\.(csv|json)$/, ''));
}

const TABLES: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^systems$/, () => 'every system: codes, name, region, geography vintage and successors'],
  [
    /^systems\/([^/]+)\/scores$/,
    (m) => `system ${m[1]}: every period's readiness, category and standard scores, rank`,
  ],
  [/^scores\/latest$/, () => "every system's overall readiness in the latest period"],
  [/^scores\/([^/]+)$/, (m) => `every system's overall readiness in ${m[1]}`],
  [/^standards$/, () => 'every standard'],
  [/^standards\/([^/]+)\/adoption$/, (m) => `adoption of standard ${m[1]} by system and period`],
  [/^regions$/, () => 'region and England figures per period'],
  [/^products$/, () => "the data mesh's data products and their health"],
  [/^measures$/, () => 'every measure of use'],
  [/^measures\/([^/]+)$/, (m) => `measure ${m[1]}: values by system and period`],
];

function describeTable(stem: string): string {
  for (const [pattern, say] of TABLES) {
    const match = pattern.exec(stem);
    if (match) return say(match);
  }
  return 'a table of the API (see index.json)';
}

/** The README, one line per file in the order given (the ZIP's order). */
export function bulkReadme(facts: BulkFacts, paths: readonly string[]): string {
  const illustrative =
    facts.illustrative === null
      ? 'Illustrative or real: cannot be judged, index.json does not say.'
      : facts.illustrative
        ? 'Illustrative data: these are not real adoption figures.'
        : 'Not illustrative: published figures.';
  const lines = [
    'Interoperability readiness dashboard: all data',
    '',
    `Source: ${facts.source}`,
    `Data generated: ${facts.dataDate}`,
    `Licence: ${facts.licence}`,
    `Generated from: ${facts.generatedFrom}`,
    illustrative,
    '',
    'Each CSV is UTF-8 with a header row; its .csv-metadata.json file (CSV on the Web) says what',
    'each column holds and its type. The same data is served as JSON under /api/v1/.',
    '',
    'Files:',
    ...paths.map((path) => `  ${path}: ${describeFile(path)}`),
    '',
  ];
  return lines.join('\r\n');
}
