/**
 * Where to put a line chart's end labels: beside each line's last value, moved apart just enough
 * that no two overlap, and kept within the plot. Nearest-first placement, then a pass back up
 * if the bottom ran out of room.
 */
export function spreadLabels(
  wanted: readonly number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  const order = wanted.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y);
  const placed = order.map((item) => Math.min(Math.max(item.y, top), bottom));
  for (let i = 1; i < placed.length; i++) {
    placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  }
  const last = placed.length - 1;
  if (last >= 0 && placed[last]! > bottom) placed[last] = bottom;
  for (let i = last - 1; i >= 0; i--) {
    placed[i] = Math.min(placed[i]!, placed[i + 1]! - gap);
  }
  const result = new Array<number>(wanted.length);
  order.forEach((item, i) => {
    result[item.index] = placed[i]!;
  });
  return result;
}
