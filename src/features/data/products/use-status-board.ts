import { useMemo } from 'react';
import { useFeedStatus } from '../../../api/feed-query';
import { meshUrl, useMesh, useMeshProgress } from '../../../api/mesh/mesh-query';
import { meshReport } from '../../../domain/mesh/mesh-report';
import { statusBoard } from '../../../domain/mesh/status-board';
import type { MeshLoad, MeshProgress } from '../../../api/mesh/load-mesh';

function settledProgress(mesh: MeshLoad): MeshProgress {
  const outcomes = [...mesh.outcomes.values()];
  const settled = outcomes.filter((outcome) => outcome.kind !== 'pending').length;
  return { settled, total: outcomes.length };
}

/**
 * The mesh, its report and the board rows for pages about data products. The reader's day is read
 * here, once per load (the domain is given it): freshness is judged against today. When the data
 * on screen is itself a mesh, that is the one described; otherwise the bundled catalogue is loaded.
 */
export function useStatusBoard() {
  const status = useFeedStatus();
  const shown = status.data?.mesh;
  // Wait for the data on screen before loading the bundled catalogue: when it is that mesh, a
  // second load would fetch every product twice.
  const mesh = useMesh(meshUrl(), !status.isPending && !shown);
  const loading = useMeshProgress();
  // The board describes a whole mesh: while the one on screen is still arriving, say how far.
  const progress = shown && !shown.complete ? settledProgress(shown) : loading;
  const data = shown ? (shown.complete ? shown : undefined) : mesh.data;
  const board = useMemo(() => {
    if (!data) return null;
    const today = new Date().toISOString();
    const report = meshReport(
      data.catalogue,
      data.grants.conflicts,
      data.reference,
      data.outcomes,
      today,
    );
    return { report, rows: statusBoard(report, data.outcomes, data.reference), today };
  }, [data]);
  // `data`: the mesh described, whichever of the two it came from. `feedPending`: the data on
  // screen is not known yet, so neither are the shell's notices about it (illustrative, out of date).
  return { mesh, data, progress, board, feedPending: status.isPending };
}
