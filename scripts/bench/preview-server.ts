/**
 * A production build served for the browser benchmarks: `vite build` into a temp folder, then
 * `vite preview` (startPreview, servePreview) or the server `npm start` uses (startServed,
 * serveBuilt: as users get it) on a free port, so it never collides with a dev server or e2e run.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { precompressDir } from '../serve/precompress';
import { createStaticServer } from '../serve/static-server';

export interface PreviewServer {
  url: string;
  /** The served build, for a bench that adds a file of its own (served as it is, not rebuilt). */
  outDir: string;
  close: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** A production build into a temp folder. */
export function buildIntoTemp(root: string): string {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const outDir = mkdtempSync(join(tmpdir(), 'interop-bench-dist-'));
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, stdio: ['ignore', 'ignore', 2] },
  );
  if (build.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build failed (exit ${String(build.status)})`);
  }
  return outDir;
}

export async function startPreview(root: string): Promise<PreviewServer> {
  const outDir = buildIntoTemp(root);
  return servePreview(root, outDir, () => rmSync(outDir, { recursive: true, force: true }));
}

/**
 * A build served as `npm start` serves it (scripts/serve: precompressed brotli and gzip, each file
 * with its size declared), on a free port. `vite preview` compresses as it sends, with no declared
 * size, and the app reads a feed of unknown size in its feed worker rather than from the request
 * index.html started early (issue 18 item 6), so a single feed compared there would start late.
 * The server lists the folder's files when it is made: add files before serving.
 */
export async function serveBuilt(
  outDir: string,
  cleanUp: () => void = () => undefined,
): Promise<PreviewServer> {
  await precompressDir(outDir);
  const server = createStaticServer(outDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => {
    server.close();
    cleanUp();
  };
  return { url, outDir, close };
}

/** A fresh build into a temp folder, served as `npm start` serves it (serveBuilt). */
export async function startServed(root: string): Promise<PreviewServer> {
  const outDir = buildIntoTemp(root);
  return serveBuilt(outDir, () => rmSync(outDir, { recursive: true, force: true }));
}

/**
 * `vite preview` of a build on a free port; `cleanUp` runs when it closes (startPreview removes its
 * temp build; a build passed in by the caller is left as it is).
 */
export async function servePreview(
  root: string,
  outDir: string,
  cleanUp: () => void = () => undefined,
): Promise<PreviewServer> {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const port = await freePort();
  const args = ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, [vite, ...args, '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const close = () => {
    child.kill();
    cleanUp();
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, child, 30_000);
  } catch (error) {
    close();
    throw error;
  }
  return { url, outDir, close };
}
