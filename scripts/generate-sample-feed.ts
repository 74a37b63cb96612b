/**
 * Writes the illustrative sample feed (public/data/feed.json) from the reference facts in
 * scripts/reference/, or with --scale a large benchmark feed. Seeded and deterministic: the same
 * options give byte-identical output. See docs/sample-feed.md.
 */
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSample } from './sample-feed/build-feed';
import { parseGeneratorArgs } from './sample-feed/cli-args';
import { readReference } from './sample-feed/read-reference';
import { scaleSample } from './sample-feed/scale';
import { serialiseFeed } from './sample-feed/serialise-feed';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function writeChunks(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}

function main(): number {
  const parsed = parseGeneratorArgs(process.argv.slice(2), projectRoot);
  if (!parsed.ok) {
    (parsed.help ? console.log : console.error)(parsed.message);
    return parsed.help ? 0 : 1;
  }
  const { seed, generatedAt, out, scale } = parsed.options;
  const started = performance.now();
  const build = buildSample(readReference(), { seed, generatedAt });
  const feed = scale === null ? build.feed : scaleSample(build, scale, seed);
  writeChunks(out, serialiseFeed(feed));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (statSync(out).size / 1e6).toFixed(2);
  const current = feed.geography.systems.filter((s) => s.validTo === null).length;
  console.log(
    [
      `Wrote ${out} (${megabytes} MB) in ${seconds} s, seed ${seed}${scale ? `, scale ${scale}` : ''}`,
      `  systems ${feed.geography.systems.length} (${current} current), periods ${feed.periods.length}, standards ${feed.standards.length}`,
      `  observations ${feed.observations.length}, technology rows ${feed.technology.length}, borders ${feed.geography.adjacency.length}`,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main();
