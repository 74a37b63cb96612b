/**
 * Names the main thread's long stretches of work in a CPU profile taken during a big-feed load
 * (`npm run bench:big -- --profile <file>`): each run of samples with no idle time between them
 * that lasts over 50 ms, with the functions that took most of it (self time). A run is close to
 * one task; two tasks back to back with no idle sample between them read as one.
 */
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface BusyStretch {
  /** Milliseconds from the profile's start. */
  startMs: number;
  durationMs: number;
  /** The functions with the most self time in the stretch, as "name (file:line) ms". */
  top: string[];
}

const IDLE = new Set(['(idle)', '(program)']);

function frameName(node: CpuProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').at(-1) ?? '';
  return `${functionName || '(anonymous)'}${file ? ` (${file}:${lineNumber + 1})` : ''}`;
}

/** The stretches of work longer than `overMs`, longest first, with their `topN` functions. */
export function busyStretches(profile: CpuProfile, overMs = 50, topN = 6): BusyStretch[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const stretches: BusyStretch[] = [];
  let start = -1;
  let time = 0;
  let self = new Map<string, number>();
  const close = (end: number) => {
    if (start >= 0 && end - start > overMs * 1000) {
      const top = [...self]
        .sort((a, b) => b[1] - a[1])
        .slice(0, topN)
        .map(([name, us]) => `${name} ${Math.round(us / 1000)} ms`);
      stretches.push({ startMs: start / 1000, durationMs: (end - start) / 1000, top });
    }
    start = -1;
    self = new Map();
  };
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id);
    const idle = !node || IDLE.has(node.callFrame.functionName);
    if (idle) close(time);
    else {
      if (start < 0) start = time;
      const name = frameName(node);
      self.set(name, (self.get(name) ?? 0) + delta);
    }
    time += delta;
  });
  close(time);
  return stretches.sort((a, b) => b.durationMs - a.durationMs);
}
