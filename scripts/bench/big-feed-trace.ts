/**
 * `npx tsx scripts/bench/big-feed-trace.ts --url <served build> [--runs n] [--over ms] [--out prefix]`
 * (issue 18): loads the big feed (`<url>/?feed=/bench/big-feed.json`, put there by `bench:big`)
 * with a Chromium trace running and lists, for each main-thread task longer than `--over` ms
 * (150 by default), its wall time, the CPU time the thread had in it and the work inside it. A
 * task whose CPU time is far below its wall time was mostly waiting (for a core, or for the
 * browser process), not running the page's code. A diagnostic, never a test.
 */
import { chromium } from '@playwright/test';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import { findChromium } from './bench-browser';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: { url?: string } };
}

export interface TracedTask {
  /** The trace's own clock (monotonic, µs), and the page's process. */
  ts: number;
  pid: number;
  /** Milliseconds from the first navigation event of the page's main thread. */
  startMs: number;
  wallMs: number;
  cpuMs: number;
  /** The longest events directly inside the task, as "name (detail) wall/cpu ms". */
  inside: string[];
}

const round = (us: number | undefined) => Math.round((us ?? 0) / 1000);

function detail(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const url = typeof data.url === 'string' ? data.url.split('/').at(-1) : '';
  const fn = typeof data.functionName === 'string' ? data.functionName : '';
  const type = typeof data.type === 'string' ? data.type : '';
  return [fn, url, type].filter(Boolean).join(' ');
}

/** The page's main thread's events in time order, and the time of its first task or parse. */
function pageThread(events: TraceEvent[]): { onThread: TraceEvent[]; origin: number | undefined } {
  // The page's main thread is the one that parsed the page's HTML (the browser's own pages, such
  // as its omnibox popup, run in renderers of their own).
  const parsed = events.find(
    (e) => e.name === 'ParseHTML' && /^https?:/.test(e.args?.beginData?.url ?? ''),
  );
  const thread = parsed ? `${parsed.pid}:${parsed.tid}` : '';
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts);
  const origin = onThread.find(
    (e) => e.ph === 'X' && (e.name === 'ParseHTML' || e.name === 'RunTask'),
  )?.ts;
  return { onThread, origin };
}

export interface BodyTask {
  startMs: number;
  wallMs: number;
  cpuMs: number;
  /** ResourceReceivedData events in the task: parts of a response body taken in by the page. */
  parts: number;
  megabytes: number;
}

/**
 * The page thread's task that took in the most response-body bytes. A body fetched on the page
 * arrives on the page's thread; on a fast connection the browser's loader takes in many parts of
 * it in one task, which no script of ours can split.
 */
export function largestBodyTask(events: TraceEvent[]): BodyTask | null {
  const { onThread, origin } = pageThread(events);
  const received = onThread.filter((e) => e.name === 'ResourceReceivedData');
  let best: BodyTask | null = null;
  let bestBytes = 0;
  for (const task of onThread.filter((e) => e.ph === 'X' && e.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    const inside = received.filter((e) => e.ts >= task.ts && e.ts <= end);
    const bytes = inside.reduce((sum, e) => sum + Number(e.args?.data?.encodedDataLength ?? 0), 0);
    if (inside.length === 0 || bytes <= bestBytes) continue;
    bestBytes = bytes;
    best = {
      startMs: round(task.ts - (origin ?? task.ts)),
      wallMs: round(task.dur),
      cpuMs: round(task.tdur),
      parts: inside.length,
      megabytes: Math.round((bytes / 1024 / 1024) * 10) / 10,
    };
  }
  return best;
}

/** The renderer main thread's tasks over `overMs`, with what ran inside each. */
export function longTracedTasks(events: TraceEvent[], overMs: number): TracedTask[] {
  const { onThread: everything, origin } = pageThread(events);
  const onThread = everything.filter((e) => e.ph === 'X');
  const tasks = onThread.filter((e) => e.name === 'RunTask');
  const long: TracedTask[] = [];
  for (const task of tasks) {
    if ((task.dur ?? 0) < overMs * 1000) continue;
    const end = task.ts + (task.dur ?? 0);
    // The scheduler's own wrappers (category toplevel) say nothing about the work.
    const inner = onThread.filter(
      (e) =>
        e !== task &&
        e.name !== 'RunTask' &&
        !e.cat.split(',').includes('toplevel') &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= end,
    );
    // Only the outermost events inside the task, longest first.
    const outer = inner.filter(
      (e) =>
        !inner.some(
          (o) =>
            o !== e &&
            o.ts <= e.ts &&
            o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
            (o.dur ?? 0) > (e.dur ?? 0),
        ),
    );
    const inside = outer
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 8)
      .map(
        (e) => `${e.name}${detail(e) ? ` (${detail(e)})` : ''} ${round(e.dur)}/${round(e.tdur)}`,
      );
    long.push({
      ts: task.ts,
      pid: task.pid,
      startMs: round(task.ts - (origin ?? task.ts)),
      wallMs: round(task.dur),
      cpuMs: round(task.tdur),
      inside,
    });
  }
  return long;
}

/**
 * Linux only: each renderer's main thread's scheduler figures (/proc/<pid>/task/<pid>/schedstat:
 * ns on a CPU, ns runnable but waiting for a core), sampled every few ms against the monotonic
 * clock the trace's timestamps use, so a long task's wall time splits into running, waiting for
 * a core, and the rest (blocked: sleeping on a lock or a reply from another process).
 */
export interface SchedSample {
  atUs: number;
  runNs: number;
  waitNs: number;
}

function rendererPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('--type=renderer')) {
        pids.push(Number(entry));
      }
    } catch {
      // Gone already.
    }
  }
  return pids;
}

function sampleSched(): { stop: () => Map<number, SchedSample[]> } {
  const series = new Map<number, SchedSample[]>();
  let pids = rendererPids();
  const rescan = setInterval(() => (pids = rendererPids()), 200);
  const sample = setInterval(() => {
    const atUs = Number(process.hrtime.bigint() / 1000n);
    for (const pid of pids) {
      try {
        const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
        const list = series.get(pid) ?? [];
        list.push({ atUs, runNs: Number(run), waitNs: Number(wait) });
        series.set(pid, list);
      } catch {
        // Gone already.
      }
    }
  }, 2);
  return {
    stop: () => {
      clearInterval(rescan);
      clearInterval(sample);
      return series;
    },
  };
}

/** The thread's run and run-queue wait between two monotonic times (µs), from the samples. */
export function schedBetween(samples: SchedSample[], fromUs: number, toUs: number) {
  const at = (us: number) => {
    let best = samples[0];
    for (const sample of samples) if (sample.atUs <= us) best = sample;
    return best;
  };
  const a = at(fromUs);
  const b = at(toUs);
  if (!a || !b) return null;
  return { runMs: (b.runNs - a.runNs) / 1e6, waitMs: (b.waitNs - a.waitNs) / 1e6 };
}

/**
 * `--nice`: raises this bench's own browser (every thread of every process descended from this
 * one) to nice -10, so that other work on a shared machine does not take its cores: what is left
 * of a task's wait is the page's own competition (its worker, the download). Needs root.
 */
function niceBrowser(): { stop: () => void } {
  const done = new Set<number>();
  const renice = () => {
    const parent = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // Gone already.
      }
    }
    const ours = (pid: number): boolean => {
      for (let at = parent.get(pid); at && at > 1; at = parent.get(at)) {
        if (at === process.pid) return true;
      }
      return false;
    };
    for (const pid of parent.keys()) {
      if (!ours(pid)) continue;
      try {
        for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
          if (done.has(tid)) continue;
          setPriority(tid, -10);
          done.add(tid);
        }
      } catch {
        // Gone already.
      }
    }
  };
  renice();
  const timer = setInterval(renice, 50);
  return { stop: () => clearInterval(timer) };
}

/** CPU seconds used so far by each process descended from this one, named by its --type. */
function cpuByProcess(): Map<string, number> {
  const ticks = 100; // USER_HZ on Linux
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // Gone already.
    }
  }
  const named = new Map<string, number>();
  for (const [pid, seconds] of cpu) {
    let ours = false;
    for (let at = parent.get(pid); at && at > 1; at = parent.get(at)) {
      if (at === process.pid) ours = true;
    }
    if (!ours) continue;
    let name = 'browser';
    try {
      // Chromium rewrites its command line for the process title: arguments split by spaces.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      const type = args.find((arg) => arg.startsWith('--type='))?.slice(7);
      const sub = args.find((arg) => arg.startsWith('--utility-sub-type='))?.slice(19);
      const webui = args.includes('--top-chrome-webui') ? ' (browser UI)' : '';
      name = `${sub ?? type ?? 'browser'}${webui} ${pid}`;
    } catch {
      // Gone already.
    }
    named.set(name, seconds);
  }
  return named;
}

function mapDrawn(): boolean {
  const maps = [...document.querySelectorAll('svg[role="group"]')];
  const national = maps.find((svg) =>
    svg.querySelector('title')?.textContent?.includes(' by system'),
  );
  return Boolean(national?.querySelector('[role="link"]'));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      runs: { type: 'string' },
      over: { type: 'string' },
      out: { type: 'string' },
      nice: { type: 'boolean' },
    },
  });
  if (!values.url) throw new Error('--url <served build> is required');
  const found = findChromium();
  if (!found.ok) throw new Error(found.reason);
  const browser = await chromium.launch(found.path ? { executablePath: found.path } : {});
  const over = Number(values.over ?? 150);
  try {
    for (let run = 1; run <= Number(values.runs ?? 1); run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          '__metadata',
        ],
      });
      const before = loadavg()[0]?.toFixed(1);
      const sched = process.platform === 'linux' ? sampleSched() : null;
      const cpuBefore = process.platform === 'linux' ? cpuByProcess() : null;
      const niced = values.nice ? niceBrowser() : null;
      await page.goto(`${values.url}/?feed=/bench/big-feed.json`, { waitUntil: 'commit' });
      await page.waitForFunction(mapDrawn, undefined, { polling: 'raf', timeout: 180_000 });
      await page.waitForTimeout(3_000);
      const buffer = await browser.stopTracing();
      const series = sched?.stop();
      const cpuAfter = process.platform === 'linux' ? cpuByProcess() : null;
      niced?.stop();
      await context.close();
      if (values.out) writeFileSync(`${values.out}-${run}.json`, buffer);
      const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
      const tasks = longTracedTasks(trace.traceEvents, over);
      const all = longTracedTasks(trace.traceEvents, 0);
      const busiest = [...all].sort((a, b) => b.cpuMs - a.cpuMs)[0];
      const longest = [...all].sort((a, b) => b.wallMs - a.wallMs)[0];
      console.log(`load ${run} (load average ${before} -> ${loadavg()[0]?.toFixed(1)}):`);
      console.log(
        `  longest task ${longest?.wallMs} ms wall (cpu ${longest?.cpuMs}) at ${longest?.startMs} ms;` +
          ` most cpu in a task ${busiest?.cpuMs} ms (wall ${busiest?.wallMs}) at ${busiest?.startMs} ms;` +
          ` tasks over 50 ms cpu: ${all.filter((t) => t.cpuMs > 50).length}`,
      );
      const body = largestBodyTask(trace.traceEvents);
      if (body) {
        console.log(
          `  most of the body taken in by one task: ${body.megabytes} MB in ${body.parts} parts,` +
            ` wall ${body.wallMs} ms, cpu ${body.cpuMs} ms, at ${body.startMs} ms`,
        );
      }
      const byCpu = [...all].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 6);
      console.log(
        `  most cpu (cpu/wall ms at ms): ${byCpu.map((t) => `${t.cpuMs}/${t.wallMs} at ${t.startMs}`).join(', ')}`,
      );
      const early = all.filter((t) => t.startMs < 2_000 && t.cpuMs >= 10);
      console.log(
        `  first 2 s, tasks with 10+ ms cpu: ${early.map((t) => `${t.cpuMs}/${t.wallMs} at ${t.startMs}`).join(', ')}`,
      );
      for (const task of tasks) {
        const samples = series?.get(task.pid) ?? [];
        const split = schedBetween(samples, task.ts, task.ts + task.wallMs * 1000);
        const kernel = split
          ? ` (kernel: ran ${Math.round(split.runMs)} ms, waited for a core ${Math.round(split.waitMs)} ms)`
          : '';
        console.log(
          `  at ${task.startMs} ms: wall ${task.wallMs} ms, cpu ${task.cpuMs} ms${kernel}`,
        );
        console.log(`    ${task.inside.join('; ')}`);
      }
      if (tasks.length === 0) console.log(`  no task over ${over} ms`);
      if (cpuAfter) {
        const used = [...cpuAfter]
          .map(([name, seconds]) => [name, seconds - (cpuBefore?.get(name) ?? 0)] as const)
          .filter(([, seconds]) => seconds >= 0.05)
          .sort((a, b) => b[1] - a[1])
          .map(([name, seconds]) => `${name} ${seconds.toFixed(2)} s`);
        console.log(`  cpu by process over the load: ${used.join(', ')}`);
      }
    }
  } finally {
    await browser.close();
  }
}

/** `--from <trace.json>` reads a trace saved earlier by `--out` instead of loading the page. */
function fromFile(path: string, over: number): void {
  const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  const body = largestBodyTask(trace.traceEvents);
  if (body) console.log(`  most of the body in one task: ${JSON.stringify(body)}`);
  for (const task of longTracedTasks(trace.traceEvents, over)) {
    console.log(`  at ${task.startMs} ms: wall ${task.wallMs} ms, cpu ${task.cpuMs} ms`);
    console.log(`    ${task.inside.join('; ')}`);
  }
}

if (process.argv[1]?.endsWith('big-feed-trace.ts')) {
  const from = process.argv.indexOf('--from');
  if (from > 0) fromFile(process.argv[from + 1] ?? '', Number(process.env.OVER ?? 150));
  else await main();
}
