import { describe, expect, it } from 'vitest';
import { fetchWithRetries } from './fetch-with-retries';
import type { LoadStatus } from './fetch-with-retries';
import { LoadError } from './load-error';

const URL = 'https://feeds.example.org/feed.json';
const hang = new LoadError('timeout', URL, 'No answer within 15 seconds');
const loop = new LoadError('redirect', URL, 'The address redirects in a loop');

/** An attempt function that fails with the given errors in turn, then answers "ok". */
function attempts(...errors: LoadError[]) {
  let calls = 0;
  const run = () => {
    const error = errors[calls];
    calls += 1;
    return error ? Promise.reject(error) : Promise.resolve('ok');
  };
  return { run, calls: () => calls };
}

const noDelay = { delayMs: () => 0 };
const outcome = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);

describe('fetchWithRetries', () => {
  it('retries a transient fault and says which attempt it is on', async () => {
    const statuses: LoadStatus[] = [];
    const source = attempts(hang, hang);
    const text = await fetchWithRetries(URL, source.run, {
      ...noDelay,
      onStatus: (status) => statuses.push(status),
    });
    expect(text).toBe('ok');
    expect(source.calls()).toBe(3);
    expect(statuses.map((s) => `${s.phase} ${s.attempt}/${s.attempts}`)).toEqual([
      'waiting 1/4',
      'retrying 2/4',
      'waiting 2/4',
      'retrying 3/4',
      'waiting 3/4',
    ]);
    expect(statuses.at(-1)?.lastProblem).toBe('No answer within 15 seconds');
  });

  it('gives up after four attempts with the last fault', async () => {
    const source = attempts(hang, hang, hang, hang, hang);
    expect(await outcome(fetchWithRetries(URL, source.run, noDelay))).toBe(hang);
    expect(source.calls()).toBe(4);
  });

  it.each([
    ['a redirect loop', loop],
    ['a refused cross-site read', new LoadError('cors', URL, 'no CORS')],
    ['a 404', new LoadError('http', URL, 'HTTP 404', 404)],
    ['a body that is not UTF-8', new LoadError('bad-encoding', URL, 'not UTF-8')],
  ])('never retries %s', async (_label, error) => {
    const source = attempts(error);
    expect(await outcome(fetchWithRetries(URL, source.run, noDelay))).toBe(error);
    expect(source.calls()).toBe(1);
  });

  it('Stop during the wait between attempts ends at once, naming the attempt and last problem', async () => {
    const stop = new AbortController();
    const source = attempts(hang, hang);
    const result = outcome(
      fetchWithRetries(URL, source.run, {
        delayMs: () => 60_000,
        stopSignal: stop.signal,
        onStatus: (status) => {
          if (status.phase === 'retrying') stop.abort();
        },
      }),
    );
    const error = (await result) as LoadError;
    expect(error.failure).toBe('stopped');
    expect(error.transient).toBe(false);
    expect(error.reason).toBe(
      'You stopped loading during attempt 2 of 4. The last problem: No answer within 15 seconds.',
    );
  });

  it('Stop during an attempt aborts that attempt', async () => {
    const stop = new AbortController();
    const hanging = (signal: AbortSignal) =>
      new Promise<string>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        stop.abort();
      });
    const error = (await outcome(
      fetchWithRetries(URL, hanging, { stopSignal: stop.signal }),
    )) as LoadError;
    expect(error.reason).toBe('You stopped loading during attempt 1 of 4.');
  });

  it('passes on a quiet cancel (the page no longer needs the feed)', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const error = await outcome(
      fetchWithRetries(URL, attempts(hang).run, { signal: cancel.signal, delayMs: () => 10 }),
    );
    expect(error).not.toBeInstanceOf(LoadError);
  });
});
