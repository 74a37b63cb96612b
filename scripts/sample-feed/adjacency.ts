/** Land borders between systems, as pairs with a < b, listed once. */
import type { Adjacency } from '../../src/domain/feed/feed-schema';

export function orderedPair(x: string, y: string): Adjacency {
  return x < y ? { a: x, b: y } : { a: y, b: x };
}

/**
 * Two 2026 systems border if any of their predecessors bordered, or if they share one (a split
 * ICB's successors touch inside its old footprint).
 */
export function deriveAdjacency(
  codes: string[],
  predecessorsOf: (code: string) => string[],
  borders: Adjacency[],
): Adjacency[] {
  const bordered = new Set(borders.map(({ a, b }) => `${a}|${b}`));
  const touches = (p: string, q: string) =>
    p === q || bordered.has(`${p}|${q}`) || bordered.has(`${q}|${p}`);
  const pairs: Adjacency[] = [];
  codes.forEach((x, i) => {
    codes.slice(i + 1).forEach((y) => {
      const linked = predecessorsOf(x).some((p) => predecessorsOf(y).some((q) => touches(p, q)));
      if (linked) pairs.push(orderedPair(x, y));
    });
  });
  return pairs;
}

export function dedupeAdjacency(pairs: Adjacency[]): Adjacency[] {
  const seen = new Map(pairs.map((pair) => [`${pair.a}|${pair.b}`, pair]));
  return [...seen.values()].sort((p, q) => (p.a === q.a ? cmp(p.b, q.b) : cmp(p.a, q.a)));
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
