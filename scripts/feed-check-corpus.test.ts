import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './testing/run-script';
import type { ScriptRun } from './testing/run-script';
import type { CheckReport } from '../src/domain/feed/check-report';
import {
  brokenFeedManifest,
  brokenFeedsDirectory,
} from '../src/testing/fixtures/feeds/broken/manifest';

const corpus = fileURLToPath(brokenFeedsDirectory);
// The corpus feeds are dated 2026-10-01; checking them as of a fixed day keeps freshness out of it.
const NOW = '2026-10-20T00:00:00Z';

function runChecker(...args: string[]): Promise<ScriptRun> {
  return runScript('scripts/feed-check.ts', ...args, '--now', NOW);
}

// Each case starts two child processes; under a loaded CI machine that can take seconds.
describe.concurrent('feed-check CLI on the broken-feed corpus', { timeout: 90_000 }, () => {
  it.each(brokenFeedManifest.map((c) => [c.file, c] as const))('%s', async (_file, testCase) => {
    const file = join(corpus, testCase.file);
    const [text, json] = await Promise.all([runChecker(file), runChecker(file, '--json')]);

    expect(text.code).toBe(testCase.expectedExitCode);
    expect(json.code).toBe(testCase.expectedExitCode);
    for (const reason of testCase.expectedReasons) expect(text.stdout).toContain(reason);
    for (const path of testCase.expectedPaths) expect(text.stdout).toContain(path);

    const report = JSON.parse(json.stdout) as CheckReport;
    expect(report.exitCode).toBe(testCase.expectedExitCode);
    if (testCase.kind === 'unreadable') {
      expect(report.verdict).toBe('unreadable');
    } else if (testCase.kind === 'fatal') {
      expect(report.verdict).toBe('fatal');
      expect([report.fatal?.path]).toEqual(testCase.expectedPaths);
    } else {
      expect(report.verdict).toBe('rows-rejected');
      expect(report.rejected.map((issue) => issue.path)).toEqual(testCase.expectedPaths);
      expect(report.reconciles).toBe(true);
      expect(report.totals.read).toBe(report.totals.accepted + report.totals.rejected);
    }
  });
});
