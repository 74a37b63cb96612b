/**
 * Competition ranking ("1, 2, 2, 4"): tied systems share the best rank they could have, and the
 * next rank skips, so a rank is always one plus the number of systems that scored strictly
 * higher. Scores are kept to 9 decimal places (see tidy), so exact equality is a tie.
 */

/**
 * Up to this many systems, insertion sort: the draws rank a few dozen systems a thousand times,
 * where it is several times faster than a comparator sort. Beyond it, the comparator sort.
 */
const INSERTION_UP_TO = 64;

function sortByInsertion(values: Float64Array, order: Int32Array): void {
  for (let i = 1; i < order.length; i++) {
    const item = order[i]!;
    const value = values[item]!;
    let j = i - 1;
    while (j >= 0 && values[order[j]!]! < value) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = item;
  }
}

/**
 * Ranks of `values` (higher is better), written into `ranks`. `order` is scratch space of the same
 * length, reused across calls so the rank-interval draws allocate nothing.
 */
export function rankInto(values: Float64Array, order: Int32Array, ranks: Int32Array): void {
  const n = values.length;
  for (let i = 0; i < n; i++) order[i] = i;
  if (n <= INSERTION_UP_TO) sortByInsertion(values, order);
  else order.sort((a, b) => values[b]! - values[a]!);
  for (let position = 0; position < n; position++) {
    const index = order[position]!;
    const previous = position > 0 ? order[position - 1]! : -1;
    ranks[index] =
      previous >= 0 && values[previous] === values[index] ? ranks[previous]! : position + 1;
  }
}
