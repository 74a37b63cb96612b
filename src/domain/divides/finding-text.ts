/**
 * Number words for findings. Domain code cannot use the app's formatters (lib sits above it), and
 * findings need only a few shapes: whole points, one decimal, percentages, lists of names.
 */

function clean(text: string): string {
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Points as a whole number below 100 only when the value is at least 10; else one decimal. */
export function pointsText(value: number): string {
  return clean(Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(1));
}

export function oneDecimal(value: number): string {
  return clean(value.toFixed(1));
}

export function percentText(share: number): string {
  return `${clean((share * 100).toFixed(0))}%`;
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
