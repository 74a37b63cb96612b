/** How far a mesh load has got (the api's MeshArriving, which components cannot import). */
export interface Arriving {
  settled: number;
  loaded: number;
  total: number;
}

/**
 * While data products are still arriving an embed draws the figures so far, as the full pages do:
 * say so, in a live region that updates as products land, so a partial chart never passes as whole.
 */
export function EmbedArriving({ arriving }: { arriving: Arriving | null }) {
  if (!arriving) return null;
  const { settled, loaded, total } = arriving;
  return (
    <p className="nhsuk-body-s app-embed__arriving" role="status">
      Loading data: {settled} of {total} data products loaded. The chart so far is based on {loaded}{' '}
      of {total} data products.
    </p>
  );
}
