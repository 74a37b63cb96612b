/** Keeps the broken-feed manifest honest: each file parses exactly as the manifest says. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import {
  brokenFeedManifest,
  brokenFeedsDirectory,
} from '../../testing/fixtures/feeds/broken/manifest';
import { parseFeed } from './parse-feed';

const read = (file: string) => readFileSync(new URL(file, brokenFeedsDirectory), 'utf8');
const byKind = (kind: string) => brokenFeedManifest.filter((entry) => entry.kind === kind);

describe('the broken-feed corpus', () => {
  it('lists every file in the folder, and only those', () => {
    const files = readdirSync(brokenFeedsDirectory).filter((name) => /\.(json|txt)$/.test(name));
    expect(brokenFeedManifest.map((entry) => entry.file).sort()).toEqual(files.sort());
  });

  it.each(byKind('unreadable'))('$file is not JSON', ({ file, expectedExitCode }) => {
    expect(() => JSON.parse(read(file)) as unknown).toThrow(SyntaxError);
    expect(expectedExitCode).toBe(2);
  });

  it.each(byKind('fatal'))('$file is one fatal error', (entry) => {
    const result = parseFeed(JSON.parse(read(entry.file)));
    if (result.ok) throw new Error(`${entry.file} parsed`);
    expect([result.fatal.path]).toEqual(entry.expectedPaths);
    for (const reason of entry.expectedReasons) expect(result.fatal.reason).toContain(reason);
    expect(entry.expectedExitCode).toBe(1);
  });

  it.each(byKind('rejected'))('$file rejects exactly the planted rows', (entry) => {
    const result = expectParsed(parseFeed(JSON.parse(read(entry.file))));
    const errors = result.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => issue.path)).toEqual(entry.expectedPaths);
    for (const reason of entry.expectedReasons) {
      expect(
        errors.some((issue) => issue.reason.includes(reason)),
        reason,
      ).toBe(true);
    }
    expectCountsReconcile(result);
    expect(entry.expectedExitCode).toBe(1);
  });

  it('keeps the good rows of the mixed feed', () => {
    const result = expectParsed(parseFeed(JSON.parse(read('mixed-good-and-bad-rows.json'))));
    expect(result.counts.observations).toEqual({ read: 26, accepted: 23, rejected: 3 });
    expect(result.counts.regions).toEqual({ read: 3, accepted: 2, rejected: 1 });
    expect(result.counts.technology).toEqual({ read: 3, accepted: 2, rejected: 1 });
  });
});
