/**
 * Words for findings: whole points, one decimal, percentages, lists of names. The numbers round by
 * the app's one rule (domain/format), so a finding says what the tables show.
 */
import { formatFixed, formatPercent } from '../format/format-number';

/**
 * Points to one decimal, as the Divides tables show them: a finding that said "19" over a table
 * saying 18.5 read as a contradiction (issue 17, item 17).
 */
export function pointsText(value: number): string {
  return formatFixed(value, 1);
}

export function oneDecimal(value: number): string {
  return formatFixed(value, 1);
}

export function percentText(share: number): string {
  return formatPercent(share);
}

/** "A", "A and B", "A, B and C"; past `max` names, "A, B, C and 4 others". */
export function listText(names: readonly string[], max = 4): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > max) {
    const rest = names.length - (max - 1);
    return `${names.slice(0, max - 1).join(', ')} and ${rest} others`;
  }
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
