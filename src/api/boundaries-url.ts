/** Where the built app looks for the file `npm run boundaries:fetch` writes (public/geo/boundaries/). */
export const DEFAULT_BOUNDARIES_URL = '/geo/boundaries/icb23.topo.json';

/**
 * The optional area-boundaries file for the geographic map. A build can point elsewhere with
 * VITE_BOUNDARIES_URL, or set it empty to turn the geographic map off without any request.
 */
export const BOUNDARIES_URL: string | null = boundariesUrlFrom(
  import.meta.env.VITE_BOUNDARIES_URL as string | undefined,
);

export function boundariesUrlFrom(configured: string | undefined): string | null {
  if (configured === undefined) return DEFAULT_BOUNDARIES_URL;
  return configured.trim() === '' ? null : configured.trim();
}
