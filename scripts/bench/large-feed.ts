/**
 * The large benchmark feed (about a million observations), made by the project's own generator
 * with its default seed and kept in the OS temp directory. Its file name carries a hash of the
 * generator's sources and reference data, so a changed generator gives a new file instead of a
 * stale one, and an unchanged one is reused (generating takes a few seconds).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LARGE_SCALE = 60;

const GENERATOR = 'scripts/generate-sample-feed.ts';
const GENERATOR_DIRS = ['scripts/sample-feed', 'scripts/reference'];

function generatorHash(root: string): string {
  const hash = createHash('sha256');
  const files = [
    GENERATOR,
    ...GENERATOR_DIRS.flatMap((dir) =>
      readdirSync(join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
        .map((entry) => `${dir}/${entry.name}`)
        .sort(),
    ),
  ];
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 12);
}

const PREFIX = `interop-bench-scale${LARGE_SCALE}-`;

/** Feeds from an older generator are 140 MB each; only ours (by prefix) are removed. */
function removeStaleFeeds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (name.startsWith(PREFIX) && name.endsWith('.json') && name !== keep) {
      rmSync(join(tmpdir(), name), { force: true });
    }
  }
}

/** The path of the large feed, generating it first when it is not there. */
export function ensureLargeFeed(root: string, log: (line: string) => void): string {
  const name = `${PREFIX}${generatorHash(root)}.json`;
  const path = join(tmpdir(), name);
  if (existsSync(path)) return path;
  removeStaleFeeds(name);
  log(`Generating the large feed (--scale ${LARGE_SCALE}, default seed) into ${path} ...`);
  // Written under another name and renamed, so an interrupted run never leaves half a feed.
  const partial = `${path}.${process.pid}.partial`;
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', GENERATOR, '--scale', String(LARGE_SCALE), '--out', partial],
    { cwd: root, stdio: ['ignore', 2, 2] },
  );
  if (result.status !== 0) {
    rmSync(partial, { force: true });
    throw new Error(`The feed generator failed (exit ${String(result.status)})`);
  }
  renameSync(partial, path);
  return path;
}
