import { useMemo } from 'react';
import type { MeshLoad } from '../../api/mesh/load-mesh';
import { capitalise } from '../../domain/format/capitalise';
import { basedOnProducts } from '../../domain/mesh/no-data-text';
import { meshSummary } from '../../domain/mesh/mesh-report';
import { rollUp } from '../../domain/mesh/status-board';
import { AppLink } from '../../components/ui/app-link';

/**
 * One line on how far the figures below can be trusted when they come from a data mesh: how many
 * products they rest on, and which need attention ("2 products late, 1 failing its contract"),
 * linking to the status board. Nothing for a single feed. The reader's day is read here, once.
 */
export function MeshRollUp({ mesh }: { mesh: MeshLoad | undefined }) {
  const line = useMemo(() => {
    if (!mesh || !mesh.complete) return null;
    // The states alone: the line reads no product's reasons or rejected rows.
    const summary = meshSummary(
      mesh.catalogue,
      mesh.reference,
      mesh.outcomes,
      new Date().toISOString(),
    );
    const basis = basedOnProducts(mesh.merged.products);
    const total = mesh.merged.products.total;
    return {
      basis: basis ? `Figures are ${basis}.` : `Figures are based on all ${total} data products.`,
      health: rollUp({ summary }),
    };
  }, [mesh]);
  if (mesh && !mesh.complete) return <MeshArriving mesh={mesh} />;
  if (!line) return null;
  return (
    <p className="app-mesh-roll-up">
      {line.basis} {line.health ? `${capitalise(line.health)}. ` : 'Every product is healthy. '}
      <AppLink to="/data/products">See the data products</AppLink>.
    </p>
  );
}

/**
 * While products are still arriving the figures are drawn from those in so far: say how far the
 * load has got and what the rest show, in a polite live region that updates as products land.
 */
function MeshArriving({ mesh }: { mesh: MeshLoad }) {
  const { loaded, total } = mesh.merged.products;
  const settled = [...mesh.outcomes.values()].filter((o) => o.kind !== 'pending').length;
  return (
    <p className="app-mesh-roll-up" role="status">
      Loading data: {settled} of {total} data products loaded. Figures so far are based on {loaded}{' '}
      of {total} data products; systems whose product has not arrived yet say Loading.
    </p>
  );
}
