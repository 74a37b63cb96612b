/**
 * Writes the static API into `<outDir>/api/v1/`: `vite build` calls it for the bundled mesh
 * (vite-plugin-api.ts) and `npm run api:build` for any feed or catalogue (build-api.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ApiFile } from './api-files';
import { writeBulk } from './bulk/write-bulk';
import { loadApiSource } from './load-api-source';
import { planApi } from './plan-api';
import type { ApiSource } from './load-api-source';
import type { PlanOptions } from './plan-api';

export interface WriteSummary {
  apiDir: string;
  files: number;
  bytes: number;
}

/**
 * All files at once rather than one await after another: a few hundred small files, so the
 * folders are made first (each once) and the writes then run side by side.
 */
async function writeFiles(apiDir: string, files: readonly ApiFile[]): Promise<number> {
  const folders = new Set(files.map((file) => dirname(join(apiDir, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(files.map((file) => writeFile(join(apiDir, file.path), file.body)));
  return files.reduce((sum, file) => sum + Buffer.byteLength(file.body), 0);
}

export async function writeApiFrom(
  source: ApiSource,
  outDir: string,
  options: PlanOptions,
): Promise<WriteSummary> {
  const apiDir = join(outDir, 'api', 'v1');
  // A system or standard dropped from the data must not leave a stale file behind.
  await rm(apiDir, { recursive: true, force: true });
  const files = planApi(source, options);
  const bytes = await writeFiles(apiDir, files);
  // The bulk ZIP and all-data.json are made from the finished folder (scripts/api/bulk).
  await writeBulk(apiDir);
  return { apiDir, files: files.length, bytes };
}

export type WriteResult = { ok: true; summary: WriteSummary } | { ok: false; reason: string };

/** Loads a feed or catalogue (path or URL) and writes its API; `now` judges product freshness. */
export async function writeApi(
  input: string,
  outDir: string,
  options: { generatedFrom: string; now: Date },
): Promise<WriteResult> {
  const checkedAt = options.now.toISOString();
  const loaded = await loadApiSource(input, checkedAt);
  if (!loaded.ok) return loaded;
  const summary = await writeApiFrom(loaded.source, outDir, {
    generatedFrom: options.generatedFrom,
    checkedAt,
  });
  return { ok: true, summary };
}
