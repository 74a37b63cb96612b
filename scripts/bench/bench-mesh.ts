/**
 * Loads a data mesh from disk the way the app loads it over the network (src/api/mesh/load-mesh.ts):
 * the catalogue, the reference product, then every domain product six at a time through the same
 * federate() and checks, merged by mergeMesh() and scored by scoreFeed(). The single feed of the
 * same content is timed the same way, from its file, so the two figures compare like with like:
 * it is the mesh's own merged model written as one contract-1 feed (writeSameContentFeed), so both
 * hold exactly the same observations, technology, measures and measurements.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseFeed } from '../../src/domain/feed/parse-feed';
import type { Feed } from '../../src/domain/feed/feed-schema';
import { prepareRowReference } from '../../src/domain/feed/reference-tables';
import { checkDomainProduct } from '../../src/domain/mesh/check-product';
import { federate } from '../../src/domain/mesh/federate';
import type { ReadResult } from '../../src/domain/mesh/federate';
import { mergeMesh } from '../../src/domain/mesh/merge-mesh';
import { readCatalogue } from '../../src/domain/mesh/read-catalogue';
import { scoreFeed } from '../../src/domain/scoring/score-feed';
import { defaultWeights } from '../../src/domain/scoring/weights';
import { serialiseFeed } from '../sample-feed/serialise-feed';
import { sampleAsync } from './sample-async';
import { median, medians, msSince, now } from './timing';

export interface LoadPlan {
  name: string;
  path: string;
  runs: number;
  warmUp: number;
}

export interface LoadMedians {
  /** Reading, parsing and checking: for a mesh, every product through federate(). */
  loadMs: number;
  scoreFeedMs: number;
  /** Loaded and scored: what the goal is about. */
  totalMs: number;
}

export interface LoadFigures extends LoadPlan {
  /** Domain products in the catalogue (0 for a single feed) and how many gave data. */
  products: number;
  loaded: number;
  observations: number;
  medians: LoadMedians;
}

function parsed(text: string, what: string): Feed {
  const result = parseFeed(JSON.parse(text));
  if (!result.ok) throw new Error(`${what} did not parse: ${result.fatal.reason}`);
  return result.feed;
}

async function readText(path: string): Promise<ReadResult> {
  try {
    return { ok: true, value: await readFile(path, 'utf8') };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/**
 * One load of a mesh: the merged feed, and how many of the catalogue's products gave data. As the
 * app's loadMesh does, the products are read as soon as the catalogue is, beside the reference
 * product, and each is checked once both are in.
 */
export async function loadMeshFiles(cataloguePath: string) {
  const base = dirname(cataloguePath);
  const read = readCatalogue(JSON.parse(await readFile(cataloguePath, 'utf8')));
  if (!read.ok) throw new Error(`The catalogue is unusable: ${read.fatal.reason}`);
  const { catalogue, grants } = read;
  const referenceRows = readFile(join(base, catalogue.reference.url), 'utf8').then((text) => {
    const reference = parsed(text, 'The reference product');
    // As the app's worker does: the reference is judged once, for the first product.
    return { reference, rows: prepareRowReference(reference) };
  });
  // Its failure is raised once, below; checks that never ran must not raise it again.
  referenceRows.catch(() => undefined);
  const outcomes = await federate({
    catalogue,
    grants,
    read: (entry) => readText(join(base, entry.url)),
    // As the app's worker does: the body arrives as text and is parsed beside its check.
    check: async (body, entry) => {
      const { rows } = await referenceRows;
      return checkDomainProduct({ raw: JSON.parse(String(body)), entry, reference: rows, grants });
    },
  });
  const { reference } = await referenceRows;
  return mergeMesh(reference, [...outcomes.values()], grants);
}

/**
 * The single feed of the mesh's content: its merged model (the reference product's tables and
 * every usable product's accepted rows) written at `feedPath` as one contract-1 feed, shaped as
 * the bundled feed.json is. Parsing it gives back that very model, so the single feed and the mesh
 * hold the same rows, and the rows the mesh's planted faults cost are in neither.
 */
export async function writeSameContentFeed(cataloguePath: string, feedPath: string) {
  const merged = await loadMeshFiles(cataloguePath);
  writeFileSync(feedPath, [...serialiseFeed(merged.feed)].join(''));
  return merged;
}

async function meshOnce(path: string) {
  const start = now();
  const merged = await loadMeshFiles(path);
  const loadMs = msSince(start);
  const scoreStart = now();
  scoreFeed(merged.feed, defaultWeights(merged.feed));
  return { loadMs, scoreFeedMs: msSince(scoreStart), totalMs: msSince(start) };
}

async function singleOnce(path: string) {
  const start = now();
  const feed = parsed(await readFile(path, 'utf8'), path);
  const loadMs = msSince(start);
  const scoreStart = now();
  scoreFeed(feed, defaultWeights(feed));
  return { loadMs, scoreFeedMs: msSince(scoreStart), totalMs: msSince(start) };
}

export interface LoadPair {
  single: LoadFigures;
  mesh: LoadFigures;
  /** The median of each round's mesh / single total: steadier than a ratio of medians. */
  ratio: number;
}

export interface PairPlan {
  runs: number;
  warmUp: number;
  single: { name: string; path: string };
  mesh: { name: string; path: string };
}

/**
 * The single feed and the mesh in turns, round by round, so a burst of other work on the machine
 * slows both alike instead of whichever happened to be running.
 */
export async function benchLoadPair(plan: PairPlan): Promise<LoadPair> {
  const { runs, warmUp, single, mesh } = plan;
  const feed = parsed(await readFile(single.path, 'utf8'), single.path);
  const merged = await loadMeshFiles(mesh.path);
  const rounds = await sampleAsync(runs, warmUp, async () => {
    const a = await singleOnce(single.path);
    const b = await meshOnce(mesh.path);
    return { ...a, meshLoadMs: b.loadMs, meshScoreFeedMs: b.scoreFeedMs, meshTotalMs: b.totalMs };
  });
  const m = medians(rounds);
  const ratios = rounds.map((round) => round.meshTotalMs / round.totalMs);
  return {
    single: {
      ...single,
      runs,
      warmUp,
      products: 0,
      loaded: 0,
      observations: feed.observations.length,
      medians: { loadMs: m.loadMs, scoreFeedMs: m.scoreFeedMs, totalMs: m.totalMs },
    },
    mesh: {
      ...mesh,
      runs,
      warmUp,
      products: merged.products.total,
      loaded: merged.products.loaded,
      observations: merged.feed.observations.length,
      medians: { loadMs: m.meshLoadMs, scoreFeedMs: m.meshScoreFeedMs, totalMs: m.meshTotalMs },
    },
    ratio: median(ratios),
  };
}

export interface MeshPlan {
  runs: number;
  warmUp: number;
  /** "bundled mesh"; its single feed is named after it. */
  name: string;
  cataloguePath: string;
}

/**
 * A mesh against the single feed of the same content (writeSameContentFeed), written to a temp
 * directory for the run and removed after.
 */
export async function benchMeshAgainstItsFeed(plan: MeshPlan): Promise<LoadPair> {
  const dir = mkdtempSync(join(tmpdir(), 'interop-bench-same-content-'));
  try {
    const feedPath = join(dir, 'feed.json');
    await writeSameContentFeed(plan.cataloguePath, feedPath);
    return await benchLoadPair({
      runs: plan.runs,
      warmUp: plan.warmUp,
      single: { name: `single feed of the ${plan.name}'s content`, path: feedPath },
      mesh: { name: plan.name, path: plan.cataloguePath },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
