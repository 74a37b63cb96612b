import type { SearchItem } from './site-search';

interface SystemLike {
  code: string;
  odsCode?: string | undefined;
  name: string;
  shortName: string;
  validTo: string | null;
}
interface CrosswalkLike {
  from: string;
  to: readonly { code: string }[];
}
interface StandardLike {
  id: string;
  name: string;
}

export interface SearchSources {
  systems: readonly SystemLike[];
  crosswalk: readonly CrosswalkLike[];
  standards: readonly StandardLike[];
  pages: readonly { to: string; label: string }[];
}

/**
 * What the header search looks through: every system (its own codes and names, and the names of
 * the ended ICBs whose population it took, from the crosswalk), every standard and every page.
 */
export function searchItems(sources: SearchSources): SearchItem[] {
  const byCode = new Map(sources.systems.map((system) => [system.code, system]));
  const formerNames = new Map<string, string[]>();
  for (const link of sources.crosswalk) {
    const ended = byCode.get(link.from);
    if (!ended) continue;
    for (const successor of link.to) {
      formerNames.set(successor.code, [...(formerNames.get(successor.code) ?? []), ended.name]);
    }
  }
  return [
    ...sources.systems.map((system): SearchItem => ({
      group: 'systems',
      key: system.code,
      label: system.name,
      to: `/systems/${encodeURIComponent(system.code)}`,
      codes: system.odsCode ? [system.code, system.odsCode] : [system.code],
      aliases: [system.shortName],
      formerNames: formerNames.get(system.code) ?? [],
      endedOn: system.validTo,
    })),
    ...sources.standards.map((standard): SearchItem => ({
      group: 'standards',
      key: standard.id,
      label: standard.name,
      to: `/standards/${encodeURIComponent(standard.id)}`,
      aliases: [],
      codes: [standard.id],
      formerNames: [],
      endedOn: null,
    })),
    ...sources.pages.map((page): SearchItem => ({
      group: 'pages',
      key: page.to,
      label: page.label,
      to: page.to,
      aliases: [],
      codes: [],
      formerNames: [],
      endedOn: null,
    })),
  ];
}
