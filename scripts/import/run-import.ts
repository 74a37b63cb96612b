/**
 * One import from files to a written product: read the reference and the files, run the source's
 * importer, hash each file for the lineage, write the product. Every failure is a value with the
 * exit code feed:check would give it (1 unusable content, 2 unreadable input).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildProduct } from '../../src/domain/import/build-product';
import { importDspt } from '../../src/domain/import/dspt';
import type { ImportResult } from '../../src/domain/import/import-types';
import { importNhsAppMi } from '../../src/domain/import/nhs-app-mi';
import { importPomi } from '../../src/domain/import/pomi';
import type { ReferenceGeography, SystemMapper } from '../../src/domain/import/system-map';
import { createSystemMapper } from '../../src/domain/import/system-map';
import { tallyMappings } from '../../src/domain/import/mapping-tally';
import type { ImportArgs } from './cli-args';
import { readCsv, readWorkbook } from './read-tables';

export type ImportOutcome =
  | { exitCode: 0; result: ImportResult; out: string }
  | { exitCode: 1 | 2; message: string; result?: ImportResult };

interface Reference {
  geography: ReferenceGeography;
  periods: string[];
}

class Unreadable extends Error {}

async function readOr2<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new Unreadable(`cannot read ${what}: ${(error as Error).message}`);
  }
}

async function readReference(path: string): Promise<Reference> {
  const json = await readOr2(path, async () => JSON.parse(await readFile(path, 'utf8')) as unknown);
  const reference = json as Partial<Reference> | null;
  if (!reference?.geography?.systems || !Array.isArray(reference.periods)) {
    throw new Unreadable(`${path} is not a reference product (no geography.systems or periods)`);
  }
  const { systems, crosswalk } = reference.geography;
  return { geography: { systems, crosswalk: crosswalk ?? [] }, periods: reference.periods };
}

type Run =
  | { ok: true; result: ImportResult; editions?: Map<string, string> }
  | { ok: false; message: string };

async function runSource(
  args: ImportArgs,
  reference: Reference,
  mapper: SystemMapper,
): Promise<Run> {
  const name = (path: string) => basename(path);
  if (args.source === 'nhs-app-mi') {
    const workbooks = [];
    for (const path of args.files) {
      const sheets = await readOr2(path, () => readWorkbook(path));
      const table2 = sheets.get('Table 2');
      if (!table2)
        return {
          ok: false,
          message: `${name(path)}: no sheet "Table 2" (found ${[...sheets.keys()].join(', ')})`,
        };
      workbooks.push({ file: name(path), table1: sheets.get('Table 1') ?? null, table2 });
    }
    return importNhsAppMi(workbooks, reference.geography, mapper);
  }
  if (args.source === 'pomi') {
    const lookupPath = args.lookup!;
    const lookupRows = await readOr2(lookupPath, () => readCsv(lookupPath));
    const files = [];
    for (const path of args.files)
      files.push({ file: name(path), rows: await readOr2(path, () => readCsv(path)) });
    return importPomi(files, lookupRows, name(lookupPath), mapper);
  }
  const rows = await readOr2(args.files[0]!, () => readCsv(args.files[0]!));
  return importDspt(rows, name(args.files[0]!), mapper, reference.periods);
}

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

export async function runImport(args: ImportArgs): Promise<ImportOutcome> {
  try {
    const reference = await readReference(args.reference);
    const tally = tallyMappings(createSystemMapper(reference.geography));
    const run = await runSource(args, reference, tally.mapper);
    if (!run.ok) return { exitCode: 1, message: run.message };
    run.result.log.mapped.push(...tally.lines());
    if (run.result.measurements.length === 0) {
      return {
        exitCode: 1,
        message: 'no measurement could be placed in the reference geography; nothing written',
        result: run.result,
      };
    }
    const sources = [];
    for (const path of args.files) {
      const edition = run.editions?.get(basename(path));
      sources.push({
        file: basename(path),
        sha256: await sha256(path),
        ...(edition ? { edition } : {}),
      });
    }
    const product = buildProduct(args.source, run.result, sources, args.now.toISOString());
    await writeFile(args.out, `${JSON.stringify(product, null, 2)}\n`);
    return { exitCode: 0, result: run.result, out: args.out };
  } catch (error) {
    if (error instanceof Unreadable) return { exitCode: 2, message: error.message };
    throw error;
  }
}
