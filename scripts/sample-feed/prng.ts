/**
 * A tiny seeded pseudo-random source, so the sample feed is the same on every machine.
 *
 * Every random draw is keyed by what it is for (`random(seed, 'missing', system, standard,
 * period)`), not by the order of the draws: adding a standard or reordering a loop never shifts
 * the numbers of the others. Integer maths only (Math.imul), so results do not depend on the CPU.
 */
import { mulberry32 } from '../../src/domain/random/mulberry32';

/** cyrb53-style 32-bit string hash: cheap and well mixed, enough for seeding. */
export function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export { mulberry32 };

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A standard normal draw (Box-Muller). */
  normal(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** A random source for one purpose, keyed by the seed and the parts that name the purpose. */
export function random(seed: string, ...keys: readonly (string | number)[]): Random {
  const next = mulberry32(hashString([seed, ...keys].join('\u001f')));
  const rnd: Random = {
    next,
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() needs a non-empty list');
      return item;
    },
  };
  return rnd;
}
