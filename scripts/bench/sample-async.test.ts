import { describe, expect, it } from 'vitest';
import { sampleAsync } from './sample-async';

describe('sampleAsync', () => {
  it('runs the warm-ups unrecorded, then records each run, one after another', async () => {
    let calls = 0;
    let running = 0;
    let overlapped = false;
    const samples = await sampleAsync(3, 2, async () => {
      running += 1;
      overlapped ||= running > 1;
      await Promise.resolve();
      running -= 1;
      return { call: ++calls };
    });
    expect(samples).toEqual([{ call: 3 }, { call: 4 }, { call: 5 }]);
    expect(overlapped).toBe(false);
  });
});
