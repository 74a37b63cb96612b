/**
 * A small seeded pseudo-random generator (mulberry32, public domain). The domain never uses
 * Math.random: every random draw takes a seed, so the same inputs always give the same output and
 * tests can pin results. 32 bits of state is plenty for Monte Carlo draws in the thousands; it is
 * not for cryptography.
 */
export type RandomSource = () => number;

/** Numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
