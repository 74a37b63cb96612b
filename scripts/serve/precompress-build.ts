/**
 * `npm run build`'s last step: brotli and gzip copies beside the build's text files, for hosts that
 * send precompressed files (and for `npm start`). Usage: tsx scripts/serve/precompress-build.ts [dir]
 */
import { resolve } from 'node:path';
import { precompressDir } from './precompress';

const dir = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const files = await precompressDir(dir);
const total = (key: 'bytes' | 'gzip' | 'brotli') => files.reduce((sum, file) => sum + file[key], 0);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
process.stdout.write(
  `Precompressed ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${mb(total('bytes'))} -> gzip ${mb(total('gzip'))}, brotli ${mb(total('brotli'))}\n`,
);
