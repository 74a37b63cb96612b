/**
 * Reads the reference CSV copies in scripts/reference/ into typed records. Parsing is pure (text
 * in, records out); only `readReference` touches the file system.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';

export const REFERENCE_FILES = [
  'nhs-regions.csv',
  'icb23.csv',
  'icb23-deprivation.csv',
  'icb23-adjacency.csv',
  'icb2026.csv',
  'icb23-to-icb2026-crosswalk.csv',
  'standards.csv',
  'categories.csv',
  'standard-categories.csv',
] as const;

export type ReferenceFileName = (typeof REFERENCE_FILES)[number];
export type ReferenceFiles = Record<ReferenceFileName, string>;

export const DEFAULT_REFERENCE_DIR = fileURLToPath(new URL('../reference/', import.meta.url));

export interface Icb23 {
  code: string;
  odsCode: string;
  name: string;
  shortName: string;
  regionCode: string;
  population: number;
  centroid: { lon: number; lat: number };
  areaKm2: number;
  imdScore: number;
  shareMostDeprived: number;
  ruralShare: number;
}

export interface Icb2026 {
  id: string;
  officialCode: string | null;
  name: string;
  regionName: string;
  population: number;
}

export interface CrosswalkRow {
  from: string;
  to: string;
  populationShare: number;
  populationMoved: number;
}

export interface ReferenceStandard {
  id: string;
  name: string;
  owner: string;
  adoptionMeans: string;
  evidenceUrl: string;
}

export interface ReferenceData {
  regions: { code: string; name: string }[];
  icb23: Icb23[];
  adjacency: { a: string; b: string }[];
  icb2026: Icb2026[];
  crosswalk: CrosswalkRow[];
  standards: ReferenceStandard[];
  categories: { id: string; name: string; description: string; defaultWeight: number }[];
  standardCategories: { standardId: string; categoryId: string; defaultWeight: number }[];
}

function field(row: Record<string, string>, key: string): string {
  const value = row[key];
  if (value === undefined) throw new Error(`reference CSV has no column "${key}"`);
  return value.trim();
}

function numberField(row: Record<string, string>, key: string): number {
  const value = Number(field(row, key));
  if (!Number.isFinite(value)) throw new Error(`reference CSV column "${key}" is not a number`);
  return value;
}

function parseIcb23(icbText: string, deprivationText: string): Icb23[] {
  const deprivation = new Map(
    parseCsv(deprivationText).map((row) => [field(row, 'ons_code'), row]),
  );
  return parseCsv(icbText).map((row) => {
    const code = field(row, 'ons_code');
    const dep = deprivation.get(code);
    if (!dep) throw new Error(`no deprivation row for ${code}`);
    return {
      code,
      odsCode: field(row, 'ods_code'),
      name: field(row, 'name'),
      shortName: field(row, 'short_name'),
      regionCode: field(row, 'region_code'),
      population: numberField(row, 'population'),
      centroid: { lon: numberField(row, 'centroid_lon'), lat: numberField(row, 'centroid_lat') },
      areaKm2: numberField(row, 'area_km2'),
      imdScore: numberField(dep, 'imd_mean_score'),
      shareMostDeprived: numberField(dep, 'share_most_deprived_20pct'),
      ruralShare: numberField(dep, 'rural_share'),
    };
  });
}

/** Turns the reference files' text into typed records; throws on a malformed file. */
export function parseReference(files: ReferenceFiles): ReferenceData {
  return {
    regions: parseCsv(files['nhs-regions.csv']).map((row) => ({
      code: field(row, 'region_code'),
      name: field(row, 'region_name'),
    })),
    icb23: parseIcb23(files['icb23.csv'], files['icb23-deprivation.csv']),
    adjacency: parseCsv(files['icb23-adjacency.csv']).map((row) => ({
      a: field(row, 'a'),
      b: field(row, 'b'),
    })),
    icb2026: parseCsv(files['icb2026.csv']).map((row) => ({
      id: field(row, 'icb2026_id'),
      officialCode: field(row, 'official_code_if_found') || null,
      name: field(row, 'name'),
      regionName: field(row, 'region_name'),
      population: numberField(row, 'population'),
    })),
    crosswalk: parseCsv(files['icb23-to-icb2026-crosswalk.csv']).map((row) => ({
      from: field(row, 'icb23_code'),
      to: field(row, 'icb2026_id'),
      populationShare: numberField(row, 'population_share'),
      populationMoved: numberField(row, 'population_moved'),
    })),
    standards: parseCsv(files['standards.csv']).map((row) => ({
      id: field(row, 'id'),
      name: field(row, 'name'),
      owner: field(row, 'owner'),
      adoptionMeans: field(row, 'adopted_means'),
      evidenceUrl: field(row, 'evidence_url'),
    })),
    categories: parseCsv(files['categories.csv']).map((row) => ({
      id: field(row, 'id'),
      name: field(row, 'name'),
      description: field(row, 'description'),
      defaultWeight: numberField(row, 'default_weight'),
    })),
    standardCategories: parseCsv(files['standard-categories.csv']).map((row) => ({
      standardId: field(row, 'standard_id'),
      categoryId: field(row, 'category_id'),
      defaultWeight: numberField(row, 'default_weight'),
    })),
  };
}

/** Reads the project's copies of the reference files (never the shared originals). */
export function readReference(dir: string = DEFAULT_REFERENCE_DIR): ReferenceData {
  const entries = REFERENCE_FILES.map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]);
  return parseReference(Object.fromEntries(entries) as ReferenceFiles);
}
