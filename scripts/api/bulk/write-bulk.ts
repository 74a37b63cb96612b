/**
 * The bulk download (issue 16): every CSV of the static API with its CSV on the Web file and a
 * README in one ZIP, and every JSON response in one file. Run at the end of the API writer, so the
 * bulk files always match the files beside them.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { bulkFacts, bulkReadme } from './bulk-readme';

export const BULK_DIR = 'bulk';
export const BULK_ZIP = 'all-data.zip';
export const BULK_JSON = 'all-data.json';
/** The URL path the API directory is served under, used as the keys of all-data.json. */
const API_PATH = '/api/v1/';
/**
 * Every entry gets the same time, so two builds of the same data are byte-identical (a changing
 * ZIP would defeat caches and make every deploy look like a data change). DOS times start in 1980.
 */
const FIXED_MTIME = new Date(2000, 0, 1);

export async function writeBulk(apiDir: string): Promise<void> {
  const paths = (await listFiles(apiDir)).filter((path) => !path.startsWith(`${BULK_DIR}/`));
  const allData = await allDataJson(apiDir, paths);
  const zipPaths = paths.filter(
    (path) => path.endsWith('.csv') || path.endsWith('.csv-metadata.json'),
  );
  const index = await readIndex(join(apiDir, 'index.json'));
  const listed = [...zipPaths, BULK_JSON];
  const entries: Zippable = {
    'README.txt': [strToU8(bulkReadme(bulkFacts(index), listed)), { mtime: FIXED_MTIME }],
  };
  for (const path of zipPaths) {
    entries[path] = [await readFile(join(apiDir, path)), { mtime: FIXED_MTIME }];
  }
  entries[BULK_JSON] = [strToU8(allData), { mtime: FIXED_MTIME }];
  await mkdir(join(apiDir, BULK_DIR), { recursive: true });
  await writeFile(join(apiDir, BULK_DIR, BULK_JSON), allData);
  await writeFile(join(apiDir, BULK_DIR, BULK_ZIP), zipSync(entries, { level: 9 }));
}

/**
 * Every JSON response keyed by its URL path. Schemas and CSVW files describe responses rather
 * than being data, so they stay out (they are beside the CSVs in the ZIP).
 */
async function allDataJson(apiDir: string, paths: readonly string[]): Promise<string> {
  const responses = paths.filter(
    (path) =>
      path.endsWith('.json') &&
      !path.endsWith('.csv-metadata.json') &&
      !path.startsWith('schemas/'),
  );
  const all: Record<string, unknown> = {};
  for (const path of responses) all[`${API_PATH}${path}`] = await readJson(join(apiDir, path));
  return `${JSON.stringify(all)}\n`;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

/** A missing index.json leaves the README saying the facts cannot be stated; a broken one fails. */
async function readIndex(file: string): Promise<unknown> {
  try {
    return await readJson(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/** Files under dir as forward-slash paths, sorted so the ZIP's order never depends on the disk. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
