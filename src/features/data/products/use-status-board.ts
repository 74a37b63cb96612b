import { useMemo } from 'react';
import { useMesh, useMeshProgress } from '../../../api/mesh/mesh-query';
import { meshReport } from '../../../domain/mesh/mesh-report';
import { statusBoard } from '../../../domain/mesh/status-board';

/**
 * The mesh, its report and the board rows for pages about data products. The reader's day is read
 * here, once per load (the domain is given it): freshness is judged against today.
 */
export function useStatusBoard() {
  const mesh = useMesh();
  const progress = useMeshProgress();
  const data = mesh.data;
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
  return { mesh, progress, board };
}
