/**
 * Loads a data mesh: the catalogue, then the reference product and every domain product six
 * requests at a time (src/domain/mesh/federate.ts), reporting progress as each settles. The
 * products are requested as soon as the catalogue is read, beside the reference product, and each
 * is checked once both have arrived. Only an unusable catalogue or reference product throws (a
 * LoadError, shown as an error page with Retry); a product that fails is an outcome like any other.
 */
import type { Feed } from '../../domain/feed/feed-schema';
import type { FeedParseResult } from '../../domain/feed/parse-feed';
import { federateProducts } from '../../domain/mesh/federate-products';
import type { ReadResult } from '../../domain/mesh/federate-products';
import type { MergedMesh } from '../../domain/mesh/merge-mesh';
import type { Grants } from '../../domain/mesh/ownership';
import type { ProductOutcome } from '../../domain/mesh/product-outcome';
import type { Catalogue } from '../../domain/mesh/product-schema';
import { productUrl } from '../../domain/mesh/product-url';
import { fetchBody, fetchText } from '../fetch-text';
import { LoadError } from '../load-error';
import { productChecker } from './check-product-off-thread';
import { parseReferenceOffThread } from './parse-reference-off-thread';
import { readCatalogueOffThread } from './read-catalogue-off-thread';
import type { ProductBody } from './product-json';
import type { LoadResource } from '../load-error';
import { meshLoadOf, partialPublisher } from './partial-mesh';
import type { PartialOptions } from './partial-mesh';

export interface MeshLoad {
  catalogueUrl: string;
  catalogue: Catalogue;
  grants: Grants;
  reference: Feed;
  /** The reference product's own parse: its issues, counts and source rows. */
  referenceParse: Extract<FeedParseResult, { ok: true }>;
  outcomes: ReadonlyMap<string, ProductOutcome>;
  merged: MergedMesh;
  /** False for a view drawn while products are still arriving (their outcomes are pending). */
  complete: boolean;
}

export interface MeshProgress {
  settled: number;
  total: number;
}

async function fetchJson(url: string, signal: AbortSignal | undefined, resource: LoadResource) {
  const text = await fetchText(url, signal, resource);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError(
      'not-json',
      url,
      `The ${resource} is not valid JSON: ${(error as Error).message}`,
      undefined,
      resource,
    );
  }
}

/**
 * A product's body as the bytes that came, or why it could not be had: never throws, so one never
 * sinks all. The bytes are decoded where they are checked (check-product-off-thread.ts).
 */
async function readProduct(url: string, signal?: AbortSignal): Promise<ReadResult> {
  try {
    const product: ProductBody = { url, body: await fetchBody(url, signal, 'data product') };
    return { ok: true, value: product };
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = error instanceof LoadError ? error.reason : String(error);
    return { ok: false, reason };
  }
}

type OnProgress = (progress: MeshProgress, outcome: ProductOutcome) => void;

async function loadReference(url: string, signal: AbortSignal) {
  return parseReferenceOffThread(await fetchText(url, signal, 'data product'), url);
}

/** An abort signal for the products: the caller's, or the reference product failing. */
function productsAborter(signal: AbortSignal | undefined): AbortController {
  const aborter = new AbortController();
  if (signal?.aborted) aborter.abort(signal.reason);
  signal?.addEventListener('abort', () => aborter.abort(signal.reason), { once: true });
  return aborter;
}

/**
 * The reference product and the domain products, requested side by side: the products as soon as
 * the catalogue is read, each checked once the reference has arrived too.
 */
async function loadProducts(
  catalogueUrl: string,
  catalogue: Catalogue,
  grants: Grants,
  signal: AbortSignal | undefined,
  { onProgress, partial }: LoadOptions,
) {
  const aborter = productsAborter(signal);
  const partials = partialPublisher({ catalogueUrl, catalogue, grants }, partial);
  // Requested first, so it is never queued behind the products for one of the six connections.
  const loading = loadReference(productUrl(catalogueUrl, catalogue.reference.url), aborter.signal);
  const referenceFeed = loading.then((parsed) => {
    partials.reference(parsed);
    return parsed.feed;
  });
  // Its failure is reported once, below; checks that never ran must not raise it again.
  referenceFeed.catch(() => undefined);
  const federated = federateProducts({
    catalogue,
    grants,
    read: async (entry) => {
      const result = await readProduct(productUrl(catalogueUrl, entry.url), aborter.signal);
      partials.read();
      return result;
    },
    check: productChecker(referenceFeed, grants),
    onOutcome: (outcome, settled, total) => {
      if (aborter.signal.aborted) return;
      onProgress?.({ settled, total }, outcome);
      partials.outcome(outcome);
    },
  });
  try {
    const reference = await loading;
    return { reference, outcomes: await federated };
  } catch (error) {
    // Without the reference no product can be judged: stop the downloads still going.
    aborter.abort(error);
    throw error;
  } finally {
    partials.stop();
  }
}

export interface LoadOptions {
  onProgress?: OnProgress | undefined;
  /** Draw the mesh while it arrives (src/domain/mesh/partial-publish.ts); off by default. */
  partial?: PartialOptions | undefined;
}

export async function loadMesh(
  catalogueUrl: string,
  signal?: AbortSignal,
  onProgress?: OnProgress,
  partial?: PartialOptions,
): Promise<MeshLoad> {
  const rawCatalogue = await fetchJson(catalogueUrl, signal, 'catalogue');
  return loadMeshFromCatalogue(catalogueUrl, rawCatalogue, signal, { onProgress, partial });
}

/** The rest of a mesh load, once the catalogue's JSON is in hand (fetched, or read from a link). */
export async function loadMeshFromCatalogue(
  catalogueUrl: string,
  rawCatalogue: unknown,
  signal?: AbortSignal,
  options: LoadOptions = {},
): Promise<MeshLoad> {
  const read = await readCatalogueOffThread(rawCatalogue);
  if (!read.ok) {
    throw new LoadError(
      'unusable-feed',
      catalogueUrl,
      `${read.fatal.reason} (at ${read.fatal.path})`,
      undefined,
      'catalogue',
    );
  }
  const { catalogue, grants } = read;
  const { reference, outcomes } = await loadProducts(
    catalogueUrl,
    catalogue,
    grants,
    signal,
    options,
  );
  return meshLoadOf({ catalogueUrl, catalogue, grants, referenceParse: reference }, outcomes);
}
