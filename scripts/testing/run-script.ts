import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's command-line scripts as a person would, in a child process from the
 * project root (so msw does not reach it), and reports its exit code and output.
 */
export function runScript(script: string, ...args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(tsx, [script, ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
