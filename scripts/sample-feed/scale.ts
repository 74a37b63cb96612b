/**
 * A large feed for benchmarks: every system split into `n` synthetic provider-level areas (codes
 * like E54000008-P001) that inherit their system's adoption with a little local variation, so
 * n = 60 gives about a million observations. Never for publication: the metadata says so.
 */
import type { Adjacency, Crosswalk, System } from '../../src/domain/feed/feed-schema';
import { latentKey, logistic, logit, type LatentGrid } from './adoption-model';
import type { SampleBuild, SampleFeed } from './build-feed';
import { dedupeAdjacency } from './adjacency';
import { buildMetadata } from './metadata';
import { buildObservations } from './observations';
import { random } from './prng';

export const MAX_SCALE = 999;

export const areaCode = (system: string, k: number) => `${system}-P${String(k).padStart(3, '0')}`;

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Whole numbers in proportion to the weights that add up to `total` (largest remainder). */
export function splitInteger(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - parts.reduce((s, p) => s + p, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

function splitSystem(system: System, n: number, seed: string): System[] {
  const rnd = random(seed, 'scale', system.code);
  const weights = Array.from({ length: n }, () => 0.5 + rnd.next());
  const populations = splitInteger(system.population, weights);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  return populations.map((population, i) => {
    const k = i + 1;
    const area: System = {
      code: areaCode(system.code, k),
      codeProvisional: system.codeProvisional,
      name: `${system.name} (synthetic provider area ${k})`,
      shortName: `${system.shortName} P${String(k).padStart(3, '0')}`,
      regionCode: system.regionCode,
      population: Math.max(1, population),
      validFrom: system.validFrom,
      validTo: system.validTo,
    };
    if (system.centroid) {
      area.centroid = {
        lon: round(system.centroid.lon + (rnd.next() - 0.5) * 0.2, 5),
        lat: round(system.centroid.lat + (rnd.next() - 0.5) * 0.1, 5),
      };
    }
    if (system.areaKm2) {
      area.areaKm2 = Math.max(0.1, round((system.areaKm2 * (weights[i] ?? 1)) / weightSum, 1));
    }
    if (system.imdScore !== undefined) {
      area.imdScore = round(clamp(system.imdScore + 2 * rnd.normal(), 0, 100), 3);
    }
    if (system.shareMostDeprived !== undefined) {
      area.shareMostDeprived = round(
        clamp(system.shareMostDeprived + 0.03 * rnd.normal(), 0, 1),
        4,
      );
    }
    if (system.ruralShare !== undefined) {
      area.ruralShare = round(clamp(system.ruralShare + 0.03 * rnd.normal(), 0, 1), 4);
    }
    return area;
  });
}

function scaleGrid(
  grid: LatentGrid,
  systems: System[],
  standards: string[],
  n: number,
  seed: string,
) {
  const scaled: LatentGrid = new Map();
  for (const system of systems) {
    for (let k = 1; k <= n; k += 1) {
      const local = 0.25 * random(seed, 'area', system.code, k).normal();
      for (const standard of standards) {
        const offset = local + 0.35 * random(seed, 'area-fit', system.code, k, standard).normal();
        const levels = grid.get(latentKey(system.code, standard)) ?? [];
        scaled.set(
          latentKey(areaCode(system.code, k), standard),
          levels.map((level) => logistic(logit(clamp(level, 1e-6, 1 - 1e-6)) + offset)),
        );
      }
    }
  }
  return scaled;
}

function scaleCrosswalk(crosswalk: Crosswalk[], n: number): Crosswalk[] {
  return crosswalk.flatMap((entry) =>
    Array.from({ length: n }, (_, i) => ({
      from: areaCode(entry.from, i + 1),
      to: entry.to.map((t) => ({
        code: areaCode(t.code, i + 1),
        populationShare: t.populationShare,
      })),
    })),
  );
}

/** Areas of one system form a chain; bordering systems touch through their first areas. */
function scaleAdjacency(systems: System[], adjacency: Adjacency[], n: number): Adjacency[] {
  const chains = systems.flatMap((s) =>
    Array.from({ length: n - 1 }, (_, i) => ({
      a: areaCode(s.code, i + 1),
      b: areaCode(s.code, i + 2),
    })),
  );
  const borders = adjacency.map(({ a, b }) => ({ a: areaCode(a, 1), b: areaCode(b, 1) }));
  return dedupeAdjacency([...chains, ...borders]);
}

export function scaleSample(build: SampleBuild, n: number, seed: string): SampleFeed {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SCALE) {
    throw new Error(`scale must be a whole number from 1 to ${MAX_SCALE}`);
  }
  const { feed, grid } = build;
  const parents = feed.geography.systems;
  const systems = parents.flatMap((s) => splitSystem(s, n, seed));
  const standardIds = feed.standards.map((s) => s.id);
  const scaledGrid = scaleGrid(grid, parents, standardIds, n, seed);
  return {
    ...feed,
    metadata: buildMetadata(feed.metadata.generatedAt, [
      `SCALED BENCHMARK FEED: each system is split into ${n} synthetic provider-level areas (codes like ${areaCode('E54000008', 1)}). For performance tests only; never publish it.`,
    ]),
    geography: {
      regions: feed.geography.regions,
      systems,
      crosswalk: scaleCrosswalk(feed.geography.crosswalk, n),
      adjacency: scaleAdjacency(parents, feed.geography.adjacency, n),
    },
    observations: buildObservations(scaledGrid, systems, feed.standards, feed.periods, seed),
    technology: feed.technology.flatMap((row) =>
      Array.from({ length: n }, (_, i) => ({ ...row, system: areaCode(row.system, i + 1) })),
    ),
  };
}
