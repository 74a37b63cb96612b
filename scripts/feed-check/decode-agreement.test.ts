/**
 * One file, one verdict (issue 18 item 3): the checker (file and URL) and the app (file picker and
 * URL) decode the same bytes the same way, from a BOM to a stray ISO-8859-1 byte.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { http, passthrough } from 'msw';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../src/api/feed-query';
import { LoadError } from '../../src/api/load-error';
import { readFeedFile } from '../../src/api/load-feed-file';
import {
  ACCENTED_NAME,
  encodingCases,
  encodingsDirectory,
} from '../../src/testing/fixtures/feeds/broken/encodings/manifest';
import { startFaultServer } from '../../src/testing/http/fault-server';
import type { FaultServer } from '../../src/testing/http/fault-server';
import { server as msw } from '../../src/testing/msw/server';
import { readInput } from './read-input';

const pathOf = (file: string) => fileURLToPath(new URL(file, encodingsDirectory));
const bytesOf = (file: string) => new Uint8Array(readFileSync(pathOf(file)));

let faults: FaultServer;
beforeAll(async () => {
  const files = Object.fromEntries(encodingCases.map((c) => [`/${c.file}`, bytesOf(c.file)]));
  faults = await startFaultServer(files);
});
afterAll(() => faults.close());
beforeEach(() => msw.use(http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough())));

type Verdict = { loads: true; name: string | undefined } | { loads: false; reason: string };

const fromChecker = async (source: string): Promise<Verdict> => {
  const result = await readInput(source);
  if (!result.ok) return { loads: false, reason: result.reason };
  const feed = result.value as { geography: { systems: { name: string }[] } };
  return { loads: true, name: feed.geography.systems[0]?.name };
};

const fromApp = async (
  load: () => Promise<{ feed: { geography: { systems: { name: string }[] } } }>,
) => {
  try {
    const loaded = await load();
    return { loads: true, name: loaded.feed.geography.systems[0]?.name } as Verdict;
  } catch (error) {
    if (!(error instanceof LoadError)) throw error;
    expect(error.failure).toBe('bad-encoding');
    return { loads: false, reason: error.reason } as Verdict;
  }
};

describe.each(encodingCases)('$file', ({ file, verdict }) => {
  it('gets the same verdict from the checker and the app, by file and by URL', async () => {
    const url = `${faults.base}/${file}`;
    const verdicts = {
      checkerFile: await fromChecker(pathOf(file)),
      checkerUrl: await fromChecker(url),
      appFile: await fromApp(() => readFeedFile(new File([bytesOf(file)], file))),
      appUrl: await fromApp(() => fetchFeed(url, undefined, { delayMs: () => 0 })),
    };
    for (const [where, result] of Object.entries(verdicts)) {
      if (verdict === 'loads') expect(result, where).toEqual({ loads: true, name: ACCENTED_NAME });
      else {
        expect(result.loads, where).toBe(false);
        if (!result.loads) expect(result.reason, where).toContain(verdict);
      }
    }
  });
});
