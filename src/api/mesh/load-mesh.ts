/**
 * Loads a data mesh: the catalogue, then the reference product, then every domain product six at a
 * time (src/domain/mesh/federate.ts), reporting progress as each settles. Only an unusable
 * catalogue or reference product throws (a LoadError, shown as an error page with Retry); a
 * product that fails is an outcome like any other.
 */
import { parseFeed } from '../../domain/feed/parse-feed';
import type { Feed } from '../../domain/feed/feed-schema';
import { federate } from '../../domain/mesh/federate';
import type { ReadResult } from '../../domain/mesh/federate';
import { mergeMesh } from '../../domain/mesh/merge-mesh';
import type { MergedMesh } from '../../domain/mesh/merge-mesh';
import type { Grants } from '../../domain/mesh/ownership';
import type { ProductOutcome } from '../../domain/mesh/product-outcome';
import type { Catalogue } from '../../domain/mesh/product-schema';
import { productUrl, readCatalogue } from '../../domain/mesh/read-catalogue';
import { fetchText } from '../fetch-text';
import { LoadError } from '../load-error';
import type { LoadResource } from '../load-error';

export interface MeshLoad {
  catalogueUrl: string;
  catalogue: Catalogue;
  grants: Grants;
  reference: Feed;
  outcomes: ReadonlyMap<string, ProductOutcome>;
  merged: MergedMesh;
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

/** A product's body, or why it could not be had: never throws, so one product never sinks all. */
async function readProduct(url: string, signal?: AbortSignal): Promise<ReadResult> {
  try {
    return { ok: true, value: await fetchJson(url, signal, 'data product') };
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = error instanceof LoadError ? error.reason : String(error);
    return { ok: false, reason };
  }
}

export async function loadMesh(
  catalogueUrl: string,
  signal?: AbortSignal,
  onProgress?: (progress: MeshProgress, outcome: ProductOutcome) => void,
): Promise<MeshLoad> {
  const rawCatalogue = await fetchJson(catalogueUrl, signal, 'catalogue');
  const read = readCatalogue(rawCatalogue);
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
  const referenceUrl = productUrl(catalogueUrl, catalogue.reference.url);
  const reference = parseFeed(await fetchJson(referenceUrl, signal, 'data product'));
  if (!reference.ok) {
    const reason = `The reference product is unusable: ${reference.fatal.reason} (at ${reference.fatal.path})`;
    throw new LoadError('unusable-feed', referenceUrl, reason, undefined, 'data product');
  }
  const outcomes = await federate({
    catalogue,
    grants,
    reference: reference.feed,
    read: (entry) => readProduct(productUrl(catalogueUrl, entry.url), signal),
    onOutcome: (outcome, settled, total) => onProgress?.({ settled, total }, outcome),
  });
  const merged = mergeMesh(reference.feed, [...outcomes.values()], grants);
  return { catalogueUrl, catalogue, grants, reference: reference.feed, outcomes, merged };
}
