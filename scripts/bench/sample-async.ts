/** The async twin of timing.ts's sample(), for work that reads files or awaits a browser. */
import { collectGarbage } from './timing';

export async function sampleAsync<K extends string>(
  runs: number,
  warmUp: number,
  run: () => Promise<Record<K, number>>,
): Promise<Record<K, number>[]> {
  for (let i = 0; i < warmUp; i++) {
    collectGarbage();
    await run();
  }
  const samples: Record<K, number>[] = [];
  // One at a time: runs that overlapped would share the cores and time each other.
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    samples.push(await run());
  }
  return samples;
}
