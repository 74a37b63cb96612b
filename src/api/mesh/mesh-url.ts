/** The bundled sample mesh's catalogue, unless the build names another with VITE_MESH_URL. */
export const DEFAULT_MESH_URL: string =
  (import.meta.env.VITE_MESH_URL as string | undefined) ?? '/data/mesh/catalogue.json';
