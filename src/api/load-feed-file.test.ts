import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../testing/fixtures/feeds/minimal-feed';
import { LoadError } from './load-error';
import { MAX_FEED_FILE_BYTES, readFeedFile } from './load-feed-file';

describe('readFeedFile', () => {
  it('reads and validates a good file', async () => {
    const file = new File([JSON.stringify(minimalFeed)], 'good.json');
    const loaded = await readFeedFile(file);
    expect(loaded.url).toBe('good.json');
    expect(loaded.counts.systems).toEqual({ read: 4, accepted: 4, rejected: 0 });
  });

  it('keeps the good rows of a file with bad ones, and lists the bad ones', async () => {
    const text = readFileSync(
      'src/testing/fixtures/feeds/broken/mixed-good-and-bad-rows.json',
      'utf8',
    );
    const loaded = await readFeedFile(new File([text], 'mixed.json'));
    const { read, accepted, rejected } = loaded.counts.observations;
    expect(rejected).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
    expect(accepted + rejected).toBe(read);
    expect(loaded.issues.filter((issue) => issue.severity === 'error').length).toBeGreaterThan(0);
  });

  it('refuses a file over the size limit with a clear message, without reading it', async () => {
    const file = new File(['{}'], 'huge.json');
    Object.defineProperty(file, 'size', { value: MAX_FEED_FILE_BYTES + 1 });
    const error = await readFeedFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).failure).toBe('too-large');
    expect((error as LoadError).reason).toBe('The file is 100.0 MB; the limit is 100 MB');
  });

  it('says when a file is not JSON', async () => {
    const error = await readFeedFile(new File(['<html>'], 'page.html')).catch(
      (caught: unknown) => caught,
    );
    expect((error as LoadError).failure).toBe('not-json');
  });
});
