/** Command-line options of import.ts. */
import { parseArgs } from 'node:util';
import type { ImportSource } from '../../src/domain/import/build-product';
import { IMPORT_SOURCES } from '../../src/domain/import/build-product';

export const USAGE = `Usage: npm run import -- <source> <files...> --out <product.json>
         [--lookup <practice-lookup.csv>] [--reference <reference.json>] [--now <ISO date-time>]

Imports a publisher's own files as a source-aligned data product (contract 1.2).
  source        nhs-app-mi (XLSX workbooks), pomi (CSV, needs --lookup) or dspt (CSV)
  --out         where to write the product (JSON)
  --lookup      NHS England's "patients registered at a GP practice" mapping (PRACTICE_CODE, STP_CODE or ICB_CODE)
  --reference   the reference product whose geography codes are mapped to (default: the bundled one)
  --now         the import time written in the lineage (default: the clock)
Exit codes: 0 written (warnings allowed), 1 nothing usable or a missing column, 2 input unreadable.`;

export interface ImportArgs {
  source: ImportSource;
  files: string[];
  out: string;
  lookup: string | null;
  reference: string;
  now: Date;
}

export type ParsedImportArgs = { ok: true; value: ImportArgs } | { ok: false; message: string };

export const DEFAULT_REFERENCE = 'public/data/mesh/reference.json';

export function parseImportArgs(argv: string[], clock: () => Date): ParsedImportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        lookup: { type: 'string' },
        reference: { type: 'string' },
        now: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  const [source, ...files] = positionals;
  if (!IMPORT_SOURCES.includes(source as ImportSource)) {
    return { ok: false, message: `Unknown source "${source ?? ''}".\n\n${USAGE}` };
  }
  if (files.length === 0) return { ok: false, message: `Give at least one file.\n\n${USAGE}` };
  if (!values.out) return { ok: false, message: `--out is required.\n\n${USAGE}` };
  if (source === 'pomi' && !values.lookup) {
    return { ok: false, message: `pomi needs --lookup (the practice to ICB mapping).\n\n${USAGE}` };
  }
  const now = values.now === undefined ? clock() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    return { ok: false, message: `--now must be an ISO date-time, got "${values.now}"` };
  }
  return {
    ok: true,
    value: {
      source: source as ImportSource,
      files,
      out: values.out,
      lookup: values.lookup ?? null,
      reference: values.reference ?? DEFAULT_REFERENCE,
      now,
    },
  };
}
