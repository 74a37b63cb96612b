/**
 * What `vite build` runs (the static-api plugin in vite.config.ts): the static API for the bundled
 * mesh into <outDir>/api/v1, after the bundle is written, so CI (which runs `vite build` directly)
 * and `npm run build` both ship it. Throws when the bundled data cannot be used: a build without
 * its API must fail, not ship quietly.
 */
import { join } from 'node:path';
import { writeApi } from './write-api';

/** The data the app loads by default: the bundled mesh's catalogue, under public/. */
export const BUNDLED_CATALOGUE = 'data/mesh/catalogue.json';

/** Writes the API and returns the line the build prints (files, bytes, seconds). */
export async function writeBundledApi(publicDir: string, outDir: string): Promise<string> {
  const started = performance.now();
  const result = await writeApi(join(publicDir, BUNDLED_CATALOGUE), outDir, {
    generatedFrom: BUNDLED_CATALOGUE,
    now: new Date(),
  });
  if (!result.ok) throw new Error(`The static API could not be written: ${result.reason}`);
  const { files, bytes } = result.summary;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `static API: ${files} files, ${bytes} bytes in ${seconds} s (api/v1, with the bulk files)`;
}
