/** What the command prints after writing the file. Pure: stats in, text out. */
import type { ConvertStats } from './to-topology';

export function formatSummary(out: string, bytes: number, stats: ConvertStats): string {
  const lines = [
    `Wrote ${out} (${(bytes / 1024).toFixed(0)} KB)`,
    `  areas ${stats.codes.length}, points ${stats.pointsBefore} -> ${stats.pointsAfter}, ` +
      `shared borders ${stats.sharedBordersBefore} -> ${stats.sharedBordersAfter}`,
  ];
  if (stats.skipped > 0) {
    lines.push(`  skipped ${stats.skipped} feature(s) without a code or a polygon`);
  }
  if (stats.missing.length > 0) {
    lines.push(`  warning: no boundary for ${stats.missing.join(', ')}`);
  }
  if (stats.sharedBordersAfter < stats.sharedBordersBefore) {
    lines.push('  warning: simplification lost shared borders; try a larger --keep');
  }
  return `${lines.join('\n')}\n`;
}
