/**
 * A source-aligned data product (contract 1.2) around an importer's rows: the publisher is the
 * owner, the lineage names each source file by its hash, and the product owns no systems.
 */
import type { ImportResult } from './import-types';
import { OGL } from './import-types';
import { DSPT_URL, NHS_APP_MI_URL, POMI_URL } from './measures';

export type ImportSource = 'nhs-app-mi' | 'pomi' | 'dspt';

export const IMPORT_SOURCES: readonly ImportSource[] = ['nhs-app-mi', 'pomi', 'dspt'];

export interface SourceFile {
  /** File name only: a path would leak the analyst's folders into a published file. */
  file: string;
  sha256: string;
  edition?: string;
}

interface Publication {
  title: string;
  publisher: string;
  team: string;
  url: string;
  frequency: 'monthly' | 'annual';
  latencyDays: number;
  note: string;
}

const PUBLICATIONS: Record<ImportSource, Publication> = {
  'nhs-app-mi': {
    title: 'NHS App Management Information Statistics, ICB by month',
    publisher: 'NHS England',
    team: 'NHS England CX Team (NHS App statistics)',
    url: NHS_APP_MI_URL,
    frequency: 'monthly',
    latencyDays: 45,
    note: 'NHS England, "NHS App Management Information Statistics" (Table 2, ICB level, and Table 1, national), management information.',
  },
  pomi: {
    title: 'Patient Online Management Information (POMI), rolled up from GP practices to ICBs',
    publisher: 'NHS Digital',
    team: 'NHS Digital (now NHS England) Primary Care Domain, POMI',
    url: POMI_URL,
    frequency: 'monthly',
    latencyDays: 45,
    note: 'NHS Digital, "MI Patient Online (POMI)", GP practice level, rolled up to ICBs by the importer through the "Patients registered at a GP practice" practice mapping.',
  },
  dspt: {
    title: 'Data Security and Protection Toolkit status, share of organisations per ICB',
    publisher: 'NHS England (Data Security and Protection Toolkit)',
    team: 'NHS England Data Security and Protection Toolkit team',
    url: DSPT_URL,
    frequency: 'annual',
    latencyDays: 120,
    note: 'Data Security and Protection Toolkit published assessment status per organisation, counted per ICB by the importer.',
  },
};

export function buildProduct(
  source: ImportSource,
  result: ImportResult,
  sources: readonly SourceFile[],
  importedAt: string,
) {
  const publication = PUBLICATIONS[source];
  return {
    metadata: {
      schemaVersion: '1.2',
      title: publication.title,
      publisher: publication.publisher,
      generatedAt: importedAt,
      licence: { ...OGL },
      illustrative: false,
      sourceNotes: [
        publication.note,
        `Imported by npm run import -- ${source} from ${sources.map((s) => s.file).join(', ')}.`,
      ],
    },
    product: {
      id: source,
      alignment: 'source',
      domain: [],
      owner: { team: publication.team, contact: publication.url },
      version: '1.0.0',
      status: 'active',
      sla: { frequency: publication.frequency, latencyDays: publication.latencyDays },
      changes: [],
      lineage: {
        publisher: publication.publisher,
        publicationUrl: publication.url,
        importedAt,
        sources: sources.map((s) => ({ ...s })),
      },
    },
    measures: result.measures,
    measurements: result.measurements,
    observations: result.observations,
    technology: [],
  };
}
