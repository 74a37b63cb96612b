import type { Crosswalk } from '../feed/feed-schema';

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
