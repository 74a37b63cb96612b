/**
 * A production build served as users get it, for the browser benchmark: `vite build` into a temp
 * folder, then `vite preview` on a free port (so it never collides with a dev server or e2e run).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

export async function startPreview(root: string): Promise<PreviewServer> {
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
  return servePreview(root, outDir, () => rmSync(outDir, { recursive: true, force: true }));
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
