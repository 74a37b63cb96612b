/** The import's report in words: what was read, mapped, left unmapped and reconciled. */
import type { ImportLog } from '../../src/domain/import/import-types';
import type { ImportOutcome } from './run-import';

const SECTIONS: [keyof ImportLog, string][] = [
  ['read', 'Read'],
  ['mapped', 'Mapped'],
  ['unmapped', 'Left unmapped'],
  ['reconciled', 'Reconciled'],
  ['warnings', 'Warnings'],
];

/** Long lists (hundreds of unmapped organisations) show their first lines and a count. */
export function formatImportReport(outcome: ImportOutcome, maxLines = 15): string {
  const lines: string[] = [];
  const log = outcome.result?.log;
  for (const [key, title] of SECTIONS) {
    const entries = log?.[key] ?? [];
    if (entries.length === 0) continue;
    lines.push(`${title} (${entries.length}):`);
    for (const entry of entries.slice(0, maxLines)) lines.push(`  ${entry}`);
    if (entries.length > maxLines) lines.push(`  ... and ${entries.length - maxLines} more`);
  }
  if (outcome.exitCode === 0) {
    const { measures, measurements, observations } = outcome.result;
    lines.push(
      `Wrote ${outcome.out}: ${measures.length} measures, ${measurements.length} measurements, ` +
        `${observations.length} observations.`,
    );
  } else {
    lines.push(`Not imported: ${outcome.message}`);
  }
  return `${lines.join('\n')}\n`;
}
