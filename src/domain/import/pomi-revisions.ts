/**
 * The same practice and month in two POMI files (a corrected re-release, or two downloads that
 * overlap): the later file wins, as later NHS App MI editions do, and each changed figure is
 * reported as a revision so the analyst can see what moved. Files are ordered by the latest month
 * they hold, then as given on the command line.
 */
import type { Edition } from './editions';
import { mergeEditions } from './editions';
import type { ImportLog } from './import-types';
import type { PracticeFigures } from './pomi-layouts';

type Figure = { numerator: number; denominator: number } | null;

const sameFigure = (a: Figure | undefined, b: Figure | undefined) =>
  a === b || (!!a && !!b && a.numerator === b.numerator && a.denominator === b.denominator);

function sameFigures(a: PracticeFigures, b: PracticeFigures): boolean {
  const ids = new Set([...a.figures.keys(), ...b.figures.keys()]);
  return [...ids].every((id) => sameFigure(a.figures.get(id), b.figures.get(id)));
}

const text = (figure: Figure | undefined) =>
  figure ? `${figure.numerator}/${figure.denominator}` : 'none';

function changes(from: PracticeFigures, to: PracticeFigures): string {
  const ids = [...new Set([...from.figures.keys(), ...to.figures.keys()])].sort();
  return ids
    .filter((id) => !sameFigure(from.figures.get(id), to.figures.get(id)))
    .map((id) => `${id} ${text(from.figures.get(id))} -> ${text(to.figures.get(id))}`)
    .join(', ');
}

export function mergePomiFiles(
  files: readonly { file: string; practices: readonly PracticeFigures[] }[],
  log: ImportLog,
): PracticeFigures[] {
  const editions: Edition<PracticeFigures>[] = files.map(({ file, practices }) => ({
    label: file,
    latest: practices.reduce(
      (max, p) => (p.month !== 'unknown' && p.month > max ? p.month : max),
      '',
    ),
    rows: practices,
  }));
  const merged = mergeEditions(editions, (p) => `${p.practice} ${p.month}`, sameFigures);
  log.warnings.push(...merged.duplicates);
  for (const revision of merged.revisions) {
    log.reconciled.push(
      `revised in ${revision.edition}: ${revision.key} ${changes(revision.from, revision.to)}`,
    );
  }
  return merged.rows;
}
