/**
 * Timing helpers for the ingest benchmark: the median of several runs after warm-up runs, with a
 * full garbage collection before each run so one run's garbage is not billed to the next.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * `global.gc` without asking the caller for --expose-gc: the flag is set at run time and a fresh
 * context picks the function up. Falls back to a no-op if the runtime refuses.
 */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => {};
}

export const collectGarbage = exposeGc();

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A reading of the monotonic high-resolution clock, and the milliseconds since one. */
export const now = () => process.hrtime.bigint();
export const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Runs `run` `warmUp` times unmeasured (so the JIT has compiled the hot paths), then `runs` times,
 * and returns every measured sample. `run` times its own stages and returns them by name.
 */
export function sample<K extends string>(
  runs: number,
  warmUp: number,
  run: () => Record<K, number>,
): Record<K, number>[] {
  for (let i = 0; i < warmUp; i++) {
    collectGarbage();
    run();
  }
  const samples: Record<K, number>[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    samples.push(run());
  }
  return samples;
}

/** The median of each named stage across samples. */
export function medians<K extends string>(
  samples: readonly Record<K, number>[],
): Record<K, number> {
  const first = samples[0];
  if (!first) return {} as Record<K, number>;
  const keys = Object.keys(first) as K[];
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))])) as Record<
    K,
    number
  >;
}
