/**
 * How far a real neighbour is turned from its true direction: (1 − cos θ)² for the angle θ between
 * the layout's vector and the real one. Squared, so the 30° a hex grid cannot help costs little
 * (0.02) and a reversal costs most (4). Zero when either vector has no length.
 */
export function turnCost(lx: number, ly: number, rx: number, ry: number): number {
  const lengths = Math.sqrt((lx * lx + ly * ly) * (rx * rx + ry * ry));
  if (lengths === 0) return 0;
  const off = 1 - (lx * rx + ly * ry) / lengths;
  return off * off;
}
