/**
 * An in-memory CacheStorage for unit tests: Node and jsdom have none. Holds each body as text, so
 * a cached answer can be read any number of times, like the browser's.
 */
interface Stored {
  body: string;
  headers: [string, string][];
}

function keyOf(request: RequestInfo | URL): string {
  return request instanceof Request ? request.url : String(request);
}

function fakeCache(entries: Map<string, Stored>) {
  return {
    async put(request: RequestInfo | URL, response: Response) {
      entries.set(keyOf(request), { body: await response.text(), headers: [...response.headers] });
    },
    match(request: RequestInfo | URL) {
      const stored = entries.get(keyOf(request));
      return Promise.resolve(
        stored ? new Response(stored.body, { headers: stored.headers }) : undefined,
      );
    },
    delete(request: RequestInfo | URL) {
      return Promise.resolve(entries.delete(keyOf(request)));
    },
    keys() {
      return Promise.resolve([...entries.keys()].map((url) => new Request(url)));
    },
  };
}

export function fakeCacheStorage(): CacheStorage {
  const caches = new Map<string, Map<string, Stored>>();
  const entriesOf = (name: string) => {
    const entries = caches.get(name) ?? new Map<string, Stored>();
    caches.set(name, entries);
    return entries;
  };
  return {
    open: (name: string) => Promise.resolve(fakeCache(entriesOf(name))),
    delete: (name: string) => Promise.resolve(caches.delete(name)),
    has: (name: string) => Promise.resolve(caches.has(name)),
    keys: () => Promise.resolve([...caches.keys()]),
    match: () => Promise.resolve(undefined),
  } as unknown as CacheStorage;
}
