import type { Adjacency, Crosswalk } from '../feed/feed-schema';

export interface CrosswalkLink {
  code: string;
  populationShare: number;
}

/** Where an ended system's population went, largest share first. */
export function successorsOf(crosswalk: readonly Crosswalk[], code: string): CrosswalkLink[] {
  const entry = crosswalk.find((row) => row.from === code);
  return entry ? [...entry.to].sort((a, b) => b.populationShare - a.populationShare) : [];
}

/** The ended systems a new system was made from, with the share of each one's population it took. */
export function predecessorsOf(crosswalk: readonly Crosswalk[], code: string): CrosswalkLink[] {
  const links: CrosswalkLink[] = [];
  for (const row of crosswalk) {
    const link = row.to.find((to) => to.code === code);
    if (link) links.push({ code: row.from, populationShare: link.populationShare });
  }
  return links.sort((a, b) => b.populationShare - a.populationShare);
}

/** Systems that share a land border with `code`, in the order of the feed. */
export function neighboursOf(adjacency: readonly Adjacency[], code: string): string[] {
  const result: string[] = [];
  for (const pair of adjacency) {
    if (pair.a === code) result.push(pair.b);
    else if (pair.b === code) result.push(pair.a);
  }
  return result;
}
