import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import type { MeshLoad, MeshProgress } from './load-mesh';
import { DEFAULT_MESH_URL } from './mesh-url';

/** The catalogue's absolute URL, so the key is the same however the address was written. */
export function meshUrl(url: string = DEFAULT_MESH_URL): string {
  return new URL(url, window.location.href).href;
}

/**
 * A mesh is fetched and kept for the session, like a feed. While it loads, the count of settled
 * products is written beside it, so a page can say "31 of 42 data products loaded".
 */
export function meshQueryOptions(url: string, queryClient: QueryClient) {
  return queryOptions({
    queryKey: queryKeys.mesh.byUrl(url),
    // The loader (the contract's schemas, zod's full build) is not in the page's first-view code.
    queryFn: async ({ signal }): Promise<MeshLoad> =>
      (await import('./load-mesh')).loadMesh(url, signal, (progress) =>
        queryClient.setQueryData(queryKeys.mesh.progress(url), progress),
      ),
    staleTime: 30 * 60 * 1000,
    structuralSharing: false,
  });
}

/**
 * The mesh without suspending, so pages can show progress while it loads. An unusable catalogue
 * or reference product is thrown to the page's error boundary, which offers Retry.
 */
export function useMesh(url: string = meshUrl(), enabled = true) {
  const queryClient = useQueryClient();
  return useQuery({ ...meshQueryOptions(url, queryClient), throwOnError: true, enabled });
}

/** The latest progress of a mesh load, or null before the first product settles. */
export function useMeshProgress(url: string = meshUrl()): MeshProgress | null {
  return (
    useQuery({
      queryKey: queryKeys.mesh.progress(url),
      queryFn: () => null as MeshProgress | null,
      enabled: false,
      staleTime: Infinity,
    }).data ?? null
  );
}
