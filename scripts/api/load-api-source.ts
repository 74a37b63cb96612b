/**
 * What the API is written from: one feed file, or a mesh catalogue whose products are federated
 * exactly as `mesh:check` and the dashboard do (src/domain/mesh), so the API's figures are the
 * pages' figures. Node only: files or http(s) URLs through the feed checker's reader.
 */
import type { Feed } from '../../src/domain/feed/feed-schema';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import { federate } from '../../src/domain/mesh/federate';
import { mergeMesh } from '../../src/domain/mesh/merge-mesh';
import type { MergedMesh } from '../../src/domain/mesh/merge-mesh';
import { meshReport } from '../../src/domain/mesh/mesh-report';
import { readCatalogue } from '../../src/domain/mesh/read-catalogue';
import { statusBoard } from '../../src/domain/mesh/status-board';
import type { BoardRow } from '../../src/domain/mesh/status-board';
import { baseUrlOf, productSource, readSource } from '../mesh-check/mesh-sources';

export interface ApiMesh {
  merged: MergedMesh;
  board: BoardRow[];
}

export interface ApiSource {
  feed: Feed;
  /** Null for a single feed: it has no data products. */
  mesh: ApiMesh | null;
}

export type ApiSourceResult = { ok: true; source: ApiSource } | { ok: false; reason: string };

const isCatalogue = (value: unknown) =>
  value !== null && typeof value === 'object' && 'catalogueVersion' in value;

function parsedFeed(raw: unknown, what: string): { ok: true; feed: Feed } | ApiSourceFail {
  const parsed = parseFeed(raw);
  if (parsed.ok) return { ok: true, feed: parsed.feed };
  return { ok: false, reason: `${what} cannot be used: ${parsed.fatal.reason}` };
}

type ApiSourceFail = Extract<ApiSourceResult, { ok: false }>;

/** Federates a catalogue; `today` (ISO) is when product freshness is judged. */
async function loadMesh(source: string, raw: unknown, today: string): Promise<ApiSourceResult> {
  const read = readCatalogue(raw);
  if (!read.ok) return { ok: false, reason: read.fatal.reason };
  const { catalogue, grants } = read;
  const base = baseUrlOf(source);
  const rawReference = await readSource(productSource(base, catalogue.reference.url));
  if (!rawReference.ok) return { ok: false, reason: rawReference.reason };
  const reference = parsedFeed(rawReference.value, 'The reference product');
  if (!reference.ok) return reference;
  const outcomes = await federate({
    catalogue,
    grants,
    reference: reference.feed,
    read: (entry) => readSource(productSource(base, entry.url)),
  });
  const report = meshReport(catalogue, grants.conflicts, reference.feed, outcomes, today);
  const merged = mergeMesh(reference.feed, [...outcomes.values()], grants);
  const board = statusBoard(report, outcomes, reference.feed);
  return { ok: true, source: { feed: merged.feed, mesh: { merged, board } } };
}

export async function loadApiSource(source: string, today: string): Promise<ApiSourceResult> {
  const raw = await readSource(source);
  if (!raw.ok) return { ok: false, reason: raw.reason };
  if (isCatalogue(raw.value)) return loadMesh(source, raw.value, today);
  const feed = parsedFeed(raw.value, 'The feed');
  return feed.ok ? { ok: true, source: { feed: feed.feed, mesh: null } } : feed;
}
