import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { withAppShell } from './with-app-shell';

const CLI = fileURLToPath(new URL('./app-shell-cli.ts', import.meta.url));

/** Runs app-shell-cli.ts in a process of its own and resolves with the markup it prints. */
function renderInChild(root: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && out.includes('id="maincontent"')) resolve(out);
      else reject(new Error(`app shell: the render failed (exit ${code}).\n${err}`));
    });
  });
}

/**
 * Puts the layout's static parts (src/app/layout/app-shell.tsx: skip link, header, main region
 * with its loading message, footer) in the built index.html, so a phone paints them as soon as
 * the CSS arrives instead of after the app's code has downloaded and run (issue 15). Build only:
 * the dev server and vitest keep an empty #root. The render starts with the build and runs beside
 * the bundling.
 */
export function appShell(): Plugin {
  let markup: Promise<string> | undefined;
  return {
    name: 'app-shell',
    apply: 'build',
    configResolved(config) {
      markup = renderInChild(config.root);
      // Reported when the page is written; an unobserved rejection would end the build earlier.
      markup.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!markup) throw new Error('app shell: the render never started');
        return withAppShell(html, await markup);
      },
    },
  };
}
