/** The text `mesh:check` prints: one line per product, then the reasons of those not ok. */
import type { MeshReport } from '../../src/domain/mesh/mesh-report';

const MAX_REASONS = 10;

export function formatMeshReport(report: MeshReport, source: string): string {
  const lines = [
    `Data mesh ${source}: ${report.summary.total} products, ${report.summary.loaded} loaded`,
  ];
  const states = Object.entries(report.summary.states)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${state}`);
  lines.push(`  ${states.join(', ')}`, '');
  for (const product of report.products) {
    const counts = product.counts
      ? ` observations ${product.counts.observations.accepted}/${product.counts.observations.read} accepted, technology ${product.counts.technology.accepted}/${product.counts.technology.read}`
      : '';
    lines.push(`${product.state.padEnd(13)} ${product.id} (${product.domain.join(', ')})${counts}`);
    if (product.state === 'ok') continue;
    for (const reason of product.reasons.slice(0, MAX_REASONS)) lines.push(`    ${reason}`);
    const more = product.reasons.length - MAX_REASONS;
    if (more > 0) lines.push(`    … and ${more} more (use --json for all)`);
  }
  for (const conflict of report.conflicts) {
    lines.push(
      `conflict      ${conflict.product} claims ${conflict.system}, owned by ${conflict.owner} (first in the catalogue)`,
    );
  }
  return `${lines.join('\n')}\n`;
}
