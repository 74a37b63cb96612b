/**
 * A plain-text sketch of an odd-r layout for the build report and reviews: north at the top, odd
 * rows indented half a cell, each hex shown by a short abbreviation of its name.
 */
import type { HexJson } from '../../src/domain/geography/hexjson';

const CELL = 7;
const SMALL_WORDS = new Set(['and', 'the', 'of', 'on']);

/** "North East London" → "NEL"; a one-word name keeps its first three letters. */
export function abbreviate(name: string): string {
  const words = name.split(/[\s,]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 1) return (words[0] ?? '').slice(0, 3);
  return words.map((w) => w[0]?.toUpperCase() ?? '').join('');
}

export function sketchLayout(hexjson: HexJson): string[] {
  const hexes = Object.entries(hexjson.hexes);
  if (hexes.length === 0) return [];
  const qs = hexes.map(([, h]) => h.q);
  const rs = hexes.map(([, h]) => h.r);
  const [minQ, maxQ] = [Math.min(...qs), Math.max(...qs)];
  const at = new Map(hexes.map(([id, h]) => [`${h.q},${h.r}`, abbreviate(h.n ?? id)]));
  const lines: string[] = [];
  for (let r = Math.max(...rs); r >= Math.min(...rs); r -= 1) {
    let line = `r=${String(r).padStart(2)} ${Math.abs(r % 2) === 1 ? ' '.repeat(Math.ceil(CELL / 2)) : ''}`;
    for (let q = minQ; q <= maxQ; q += 1) line += (at.get(`${q},${r}`) ?? '.').padEnd(CELL);
    lines.push(line.trimEnd());
  }
  return lines;
}
