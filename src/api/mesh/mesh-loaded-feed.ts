import { meshFeedParts } from '../../domain/mesh/mesh-feed';
import type { LoadedFeed } from '../decode-feed';
import { LoadError } from '../load-error';
import type { MeshLoad } from './load-mesh';

/** The catalogue's JSON, or a LoadError that names it, so a broken catalogue gets Retry. */
export function parseCatalogueText(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new LoadError(
      'not-json',
      url,
      `The catalogue is not valid JSON${detail}`,
      undefined,
      'catalogue',
    );
  }
}

/**
 * A federated mesh as the one loaded feed every page reads: the merged rows, the reference
 * product's tables and every product's issues and counts, and the mesh itself for the pages that
 * say where each system's data came from.
 */
export function meshLoadedFeed(mesh: MeshLoad): LoadedFeed {
  const { issues, counts } = meshFeedParts(mesh.referenceParse, mesh.outcomes.values());
  return {
    ok: true,
    feed: mesh.merged.feed,
    issues,
    counts,
    sourceRows: mesh.referenceParse.sourceRows,
    url: mesh.catalogueUrl,
    mesh,
  };
}
