import { describe, expect, it } from 'vitest';
import { earlyFeedUrl } from './early-feed-url';
import { earlyFetchScript, FIRST_WAVE } from './early-fetch-script';
import {
  EARLY_FETCH_GLOBAL,
  PAGE_READ_LIMIT_BYTES,
  PAGE_READ_LIMIT_ENCODED_BYTES,
  smallEnoughForPage,
} from './early-response';

const DEFAULT = '/data/mesh/catalogue.json';
const stored = (url: string) => JSON.stringify({ kind: 'url', url });

const EARLY_FEED_CASES: {
  name: string;
  page: string;
  stored: string | null;
  expected: string | null;
}[] = [
  {
    name: 'no link, nothing chosen: the default catalogue',
    page: 'https://dash.example/',
    stored: null,
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'any page of the app, not only /',
    page: 'https://dash.example/data/products?x=1',
    stored: null,
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'a link to a feed on this site (the app drops it for its worker if it is big)',
    page: 'https://dash.example/?feed=/data/feed.json',
    stored: null,
    expected: 'https://dash.example/data/feed.json',
  },
  {
    name: 'a link to the default catalogue, spelt another way',
    page: 'https://dash.example/?feed=data/mesh/../mesh/catalogue.json',
    stored: null,
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'a link wins over the tab’s earlier choice',
    page: 'https://dash.example/?feed=%2Fdata%2Fmesh%2Fcatalogue.json',
    stored: stored('https://dash.example/data/feed.json'),
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'a link to another site: nothing early (the reader may be asked first)',
    page: 'https://dash.example/?feed=https://other.example/feed.json',
    stored: null,
    expected: null,
  },
  {
    name: 'a refused link (javascript:) falls back to the default, as the app does',
    page: 'https://dash.example/?feed=javascript:alert(1)',
    stored: null,
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'the tab’s earlier choice on this site',
    page: 'https://dash.example/standards',
    stored: stored('https://dash.example/data/feed.json'),
    expected: 'https://dash.example/data/feed.json',
  },
  {
    name: 'the tab’s earlier choice of the default catalogue',
    page: 'https://dash.example/standards',
    stored: stored('https://dash.example/data/mesh/catalogue.json'),
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'the tab’s earlier choice on another site: nothing early',
    page: 'https://dash.example/',
    stored: stored('https://other.example/feed.json'),
    expected: null,
  },
  {
    name: 'a stored local file is not a URL: the default',
    page: 'https://dash.example/',
    stored: JSON.stringify({ kind: 'file', id: 'f1', name: 'a.json', size: 3 }),
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
  {
    name: 'unreadable storage: the default',
    page: 'https://dash.example/',
    stored: '{not json',
    expected: 'https://dash.example/data/mesh/catalogue.json',
  },
];

interface Started {
  url: string;
  priority: string | undefined;
  accept: string | undefined;
}

interface EarlyGlobal {
  take: (url: string) => Promise<Response> | undefined;
  has: (url: string) => boolean;
  peek: (url: string) => Promise<Response> | undefined;
  release: () => void;
  takeWorker: () => unknown;
}

/** A fake page's `document.head`: the links the script adds, as rel, href and priority. */
function fakeDocument() {
  const links: { rel: string; href: string; fetchPriority: string; crossOrigin: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', fetchPriority: '', crossOrigin: '' }),
    head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
  };
  return { document, links };
}

interface PageExtras {
  Worker?: unknown;
  document?: unknown;
  options?: Parameters<typeof earlyFetchScript>[1];
}

/** Runs the inline script on a fake page at `page`; returns what it puts on the window. */
function runOnPage(
  page: string,
  sessionStorage: { getItem: (key: string) => string | null },
  fetch: (url: string, init: RequestInit & { priority?: string }) => Promise<Response>,
  { Worker, document, options }: PageExtras = {},
): EarlyGlobal {
  const window: Record<string, unknown> = {};
  const location = { href: page, origin: new URL(page).origin };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script is ours, built above
  const run = new Function(
    'window',
    'location',
    'sessionStorage',
    'fetch',
    'Worker',
    'document',
    earlyFetchScript(DEFAULT, options),
  ) as (...pageGlobals: unknown[]) => void;
  run(window, location, sessionStorage, fetch, Worker, document);
  return window[EARLY_FETCH_GLOBAL] as EarlyGlobal;
}

/** Runs the inline script as the page would, with a fake page around it; returns its requests. */
function runScript(
  page: string,
  storedSource: string | null,
  bodies: Record<string, string> = {},
  headers: Record<string, Record<string, string>> = {},
  extras: PageExtras = {},
) {
  const started: Started[] = [];
  const responses: Response[] = [];
  const storageReads: string[] = [];
  const fetch = (url: string, init: RequestInit & { priority?: string }) => {
    const accept = (init.headers as Record<string, string> | undefined)?.Accept;
    started.push({ url, priority: init.priority, accept });
    const body = bodies[url];
    const response =
      body === undefined
        ? new Response('', { status: 404 })
        : new Response(body, { headers: headers[url] ?? {} });
    responses.push(response);
    return Promise.resolve(response);
  };
  const sessionStorage = {
    getItem: (key: string) => {
      storageReads.push(key);
      return storedSource;
    },
  };
  const early = runOnPage(page, sessionStorage, fetch, extras);
  return { started, early, storageReads, responses };
}

/** Lets the script's promise chain (response, body read, catalogue) run to its end. */
async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('earlyFeedUrl and the inline script agree', () => {
  it.each(EARLY_FEED_CASES)('$name', async ({ page, stored: storedSource, expected }) => {
    expect(earlyFeedUrl(page, storedSource, DEFAULT)).toBe(expected);
    const { started } = runScript(page, storedSource);
    await settle();
    expect(started.map((request) => request.url)).toEqual(expected === null ? [] : [expected]);
  });
});

const CATALOGUE_URL = 'https://dash.example/data/mesh/catalogue.json';
const catalogue = (products: string[]) =>
  JSON.stringify({
    catalogueVersion: '1',
    reference: { id: 'reference', url: 'reference.json' },
    products: products.map((url, i) => ({ id: `p${i}`, url })),
  });

describe('the inline script on a catalogue', () => {
  it('requests the reference, then the products in order, the first wave at normal priority', async () => {
    const products = Array.from({ length: FIRST_WAVE + 2 }, (_, i) => `products/p${i}.json`);
    const { started, early } = runScript('https://dash.example/', null, {
      [CATALOGUE_URL]: catalogue(products),
    });
    await settle();
    // The rest wait for the app's release (its feed worker running).
    expect(started).toHaveLength(2 + FIRST_WAVE);
    early.release();
    // Asked for as JSON, as fetchBytes does: vite preview answers a missing file's plain request
    // with the page itself (200), not the 404 the app must see.
    const accept = 'application/json';
    expect(started).toEqual([
      { url: CATALOGUE_URL, priority: undefined, accept },
      { url: 'https://dash.example/data/mesh/reference.json', priority: undefined, accept },
      ...products.map((url, i) => ({
        url: `https://dash.example/data/mesh/${url}`,
        priority: i < FIRST_WAVE ? undefined : 'low',
        accept,
      })),
    ]);
  });

  it('after the release asks at once; a product the app asked for itself is not asked again', async () => {
    const products = Array.from({ length: FIRST_WAVE + 3 }, (_, i) => `products/p${i}.json`);
    const url = (i: number) => `https://dash.example/data/mesh/products/p${i}.json`;
    const { started, early } = runScript('https://dash.example/', null, {
      [CATALOGUE_URL]: catalogue(products),
    });
    await settle();
    // The app reaches the product after the first wave before the release: it fetches it itself.
    expect(early.take(url(FIRST_WAVE))).toBeUndefined();
    early.release();
    expect(started.slice(2 + FIRST_WAVE).map((request) => request.url)).toEqual([
      url(FIRST_WAVE + 1),
      url(FIRST_WAVE + 2),
    ]);
    expect(early.take(url(FIRST_WAVE + 1))).toBeInstanceOf(Promise);

    // A catalogue that arrives after the release has every product asked for at once.
    const late = runScript('https://dash.example/', null, { [CATALOGUE_URL]: catalogue(products) });
    late.early.release();
    await settle();
    expect(late.started).toHaveLength(2 + products.length);
  });

  it('requests nothing on another site, nor an entry without an address', async () => {
    const { started } = runScript('https://dash.example/', null, {
      [CATALOGUE_URL]: JSON.stringify({
        catalogueVersion: '1',
        reference: { id: 'reference', url: 'https://cdn.example/reference.json' },
        products: [{ id: 'a' }, { id: 'b', url: '/b.json' }, null],
      }),
    });
    await settle();
    expect(started.map((request) => request.url)).toEqual([
      CATALOGUE_URL,
      'https://dash.example/b.json',
    ]);
  });

  it('asks for nothing more after a single feed, even a large one', async () => {
    const feed = JSON.stringify({ feedVersion: '1', padding: 'x'.repeat(100_000) });
    const { started } = runScript('https://dash.example/?feed=/data/feed.json', null, {
      'https://dash.example/data/feed.json': feed,
    });
    await settle();
    expect(started.map((request) => request.url)).toEqual(['https://dash.example/data/feed.json']);
  });

  it('hands each response over once, by address', async () => {
    const { early } = runScript('https://dash.example/', null, {
      [CATALOGUE_URL]: catalogue(['products/a.json']),
    });
    await settle();
    // The page asks first, and looks at the answer's headers (a big feed goes to its worker).
    expect(early.has(CATALOGUE_URL)).toBe(true);
    expect((await early.peek(CATALOGUE_URL))?.ok).toBe(true);
    expect(early.peek('https://dash.example/data/mesh/products/b.json')).toBeUndefined();
    const first = early.take(CATALOGUE_URL) as Promise<Response>;
    expect(await (await first).text()).toBe(catalogue(['products/a.json']));
    expect(early.has(CATALOGUE_URL)).toBe(false);
    expect(early.peek(CATALOGUE_URL)).toBeUndefined();
    expect(early.take(CATALOGUE_URL)).toBeUndefined();
    expect(early.take('https://dash.example/data/mesh/products/a.json')).toBeInstanceOf(Promise);
    expect(early.take('https://dash.example/data/mesh/products/b.json')).toBeUndefined();
  });
});

describe('the inline script reads session storage at once', () => {
  // The page's first read of session storage waits on the browser process; made here, it overlaps
  // the download instead of blocking the router's start. So it is read even when a link names
  // the feed and the stored choice is not needed.
  it.each([
    ['no link', 'https://dash.example/'],
    ['a link on this site', 'https://dash.example/?feed=/data/feed.json'],
    ['a link to another site', 'https://dash.example/?feed=https://other.example/feed.json'],
  ])('%s: one read', (_name, page) => {
    const { storageReads } = runScript(page, null);
    expect(storageReads).toHaveLength(1);
  });
});

describe('the inline script drops a feed too big for the page as soon as its headers come', () => {
  const FEED_URL = 'https://dash.example/data/feed.json';
  const feed = JSON.stringify({ feedVersion: '1', systems: [] });
  // The same rule as smallEnoughForPage, which the app applies to what the script leaves it.
  const CASES: {
    name: string;
    headers: Record<string, string>;
    dropped: boolean;
    /** What the app's own rule says once it has the headers. */
    smallForPage: boolean;
  }[] = [
    {
      name: 'no declared size (streamed): dropped, for the app would not read it',
      headers: {},
      dropped: true,
      smallForPage: false,
    },
    {
      name: 'declared at the limit as sent',
      headers: { 'Content-Length': String(PAGE_READ_LIMIT_BYTES) },
      dropped: false,
      smallForPage: true,
    },
    {
      name: 'one byte over the limit as sent',
      headers: { 'Content-Length': String(PAGE_READ_LIMIT_BYTES + 1) },
      dropped: true,
      smallForPage: false,
    },
    {
      name: 'a 60 MB feed',
      headers: { 'Content-Length': String(60 * 1024 * 1024) },
      dropped: true,
      smallForPage: false,
    },
    {
      name: 'compressed, at the compressed limit',
      headers: {
        'Content-Length': String(PAGE_READ_LIMIT_ENCODED_BYTES),
        'Content-Encoding': 'br',
      },
      dropped: false,
      smallForPage: true,
    },
    {
      name: 'compressed, one byte over the compressed limit',
      headers: {
        'Content-Length': String(PAGE_READ_LIMIT_ENCODED_BYTES + 1),
        'Content-Encoding': 'gzip',
      },
      dropped: true,
      smallForPage: false,
    },
    {
      name: 'a size that is not a number: as if none were declared',
      headers: { 'Content-Length': 'lots' },
      dropped: true,
      smallForPage: false,
    },
  ];

  it.each(CASES)('$name', async ({ headers, dropped, smallForPage }) => {
    expect(smallEnoughForPage(new Headers(headers))).toBe(smallForPage);
    const { early, responses } = runScript(
      'https://dash.example/?feed=/data/feed.json',
      null,
      {
        [FEED_URL]: feed,
      },
      { [FEED_URL]: headers },
    );
    await settle();
    // Dropped: forgotten (the app's worker fetches it) and its download cancelled.
    expect(early.has(FEED_URL)).toBe(!dropped);
    expect(responses[0]?.bodyUsed).toBe(dropped);
    if (!dropped) {
      const response = (await early.take(FEED_URL)) as Response;
      expect(await response.text()).toBe(feed);
    }
  });

  it('drops a catalogue of no declared size at another address: the app asks for its products', async () => {
    const { early, started } = runScript(
      'https://dash.example/?feed=/data/other/catalogue.json',
      null,
      { 'https://dash.example/data/other/catalogue.json': catalogue(['a.json']) },
    );
    await settle();
    expect(early.has('https://dash.example/data/other/catalogue.json')).toBe(false);
    expect(started.map((request) => request.url)).toEqual([
      'https://dash.example/data/other/catalogue.json',
    ]);
  });

  it('keeps a catalogue of a small declared size at another address, and asks for its products', async () => {
    const url = 'https://dash.example/data/other/catalogue.json';
    const text = catalogue(['a.json']);
    const { early, started } = runScript(
      'https://dash.example/?feed=/data/other/catalogue.json',
      null,
      { [url]: text },
      { [url]: { 'Content-Length': String(text.length) } },
    );
    await settle();
    expect(early.has(url)).toBe(true);
    expect(started.map((request) => request.url)).toEqual([
      url,
      'https://dash.example/data/other/reference.json',
      'https://dash.example/data/other/a.json',
    ]);
  });

  it('keeps whatever the bundled catalogue’s address answers: the app always reads that', async () => {
    const { early } = runScript('https://dash.example/', null, { [CATALOGUE_URL]: feed });
    await settle();
    expect(early.has(CATALOGUE_URL)).toBe(true);
  });

  it('leaves a response the app has already taken to the app, whatever its size', async () => {
    let answer: (response: Response) => void = () => {};
    const early = runOnPage(
      'https://dash.example/?feed=/data/feed.json',
      { getItem: () => null },
      () => new Promise<Response>((resolve) => (answer = resolve)),
    );
    const taken = early.take(FEED_URL) as Promise<Response>;
    answer(new Response(feed, { headers: { 'Content-Length': String(60 * 1024 * 1024) } }));
    await settle();
    expect(await (await taken).text()).toBe(feed);
  });
});

/** A fake Worker: records how it was started and what it was sent; the test answers for it. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly sent: unknown[] = [];
  private readonly listeners: Record<string, ((event: unknown) => void)[]> = {};
  constructor(
    readonly url: string,
    readonly options: unknown,
  ) {
    FakeWorker.started.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  removeEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners[type] = (this.listeners[type] ?? []).filter((other) => other !== listener);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  emit(type: string, event: unknown) {
    for (const listener of [...(this.listeners[type] ?? [])]) listener(event);
  }
}

describe('the inline script starts the feed worker for the app', () => {
  const WORKER_URL = '/assets/feed.worker-abc.js';
  const products = Array.from({ length: FIRST_WAVE + 2 }, (_, i) => `products/p${i}.json`);
  const start = () => {
    FakeWorker.started = [];
    const run = runScript(
      'https://dash.example/',
      null,
      { [CATALOGUE_URL]: catalogue(products) },
      {},
      { Worker: FakeWorker, options: { workerUrl: WORKER_URL } },
    );
    return { ...run, worker: FakeWorker.started[0] as FakeWorker };
  };

  it('starts it at once as a module worker and asks it whether it is running (id 0)', () => {
    const { worker, early } = start();
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.url).toBe(WORKER_URL);
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.sent).toEqual([{ id: 0, message: { kind: 'ping' } }]);
    // The app adopts it once; a second start is the app's own.
    expect(early.takeWorker()).toBe(worker);
    expect(early.takeWorker()).toBeNull();
  });

  it('releases the held products when the worker answers, and not before', async () => {
    const { worker, started } = start();
    await settle();
    expect(started).toHaveLength(2 + FIRST_WAVE);
    // Another request's reply (the app's ids start at 1) releases nothing.
    worker.emit('message', { data: { id: 1, message: { kind: 'pong' } } });
    expect(started).toHaveLength(2 + FIRST_WAVE);
    worker.emit('message', { data: { id: 0, message: { kind: 'pong' } } });
    expect(started).toHaveLength(2 + products.length);
    expect(started.slice(2 + FIRST_WAVE).every((request) => request.priority === 'low')).toBe(true);
  });

  it('a worker that fails releases the products and is not handed to the app', async () => {
    const { worker, started, early } = start();
    await settle();
    worker.emit('error', {});
    expect(started).toHaveLength(2 + products.length);
    expect(early.takeWorker()).toBeNull();
  });

  it('a worker that cannot be constructed leaves the app to start its own', async () => {
    class Throwing {
      constructor() {
        throw new Error('SecurityError');
      }
    }
    const { early, started } = runScript(
      'https://dash.example/',
      null,
      { [CATALOGUE_URL]: catalogue(products) },
      {},
      { Worker: Throwing, options: { workerUrl: WORKER_URL } },
    );
    await settle();
    expect(early.takeWorker()).toBeNull();
    // Its products still wait for the app's release, as before.
    expect(started).toHaveLength(2 + FIRST_WAVE);
  });

  it('without a worker address (a build without one) starts none', () => {
    FakeWorker.started = [];
    const { early } = runScript('https://dash.example/', null, {}, {}, { Worker: FakeWorker });
    expect(FakeWorker.started).toHaveLength(0);
    expect(early.takeWorker()).toBeNull();
  });
});

describe('the inline script asks early for the scripts that read the data', () => {
  const options = {
    readerScripts: ['/assets/feed-body-readers-1.js', '/assets/decode-2.js'],
    meshScripts: ['/assets/load-mesh-3.js'],
  };
  const preloaded = (links: { rel: string; href: string; fetchPriority: string }[]) =>
    links.map(({ rel, href, fetchPriority }) => `${rel} ${href} ${fetchPriority}`);

  it('the readers beside the feed, and the mesh loader once the body is a catalogue', async () => {
    const { document, links } = fakeDocument();
    runScript(
      'https://dash.example/',
      null,
      { [CATALOGUE_URL]: catalogue(['a.json']) },
      {},
      {
        document,
        options,
      },
    );
    expect(preloaded(links)).toEqual([
      'modulepreload /assets/feed-body-readers-1.js low',
      'modulepreload /assets/decode-2.js low',
    ]);
    await settle();
    expect(preloaded(links)).toEqual([
      'modulepreload /assets/feed-body-readers-1.js low',
      'modulepreload /assets/decode-2.js low',
      'modulepreload /assets/load-mesh-3.js low',
    ]);
  });

  it('a single feed: the readers only', async () => {
    const { document, links } = fakeDocument();
    const feed = JSON.stringify({ feedVersion: '1', systems: [] });
    runScript(
      'https://dash.example/?feed=/data/feed.json',
      null,
      { 'https://dash.example/data/feed.json': feed },
      { 'https://dash.example/data/feed.json': { 'Content-Length': String(feed.length) } },
      { document, options },
    );
    await settle();
    expect(links.map((link) => link.href)).toEqual(options.readerScripts);
  });

  it('nothing when no feed is fetched early (a feed on another site)', async () => {
    const { document, links } = fakeDocument();
    runScript(
      'https://dash.example/?feed=https://other.example/feed.json',
      null,
      {},
      {},
      {
        document,
        options,
      },
    );
    await settle();
    expect(links).toEqual([]);
  });
});
