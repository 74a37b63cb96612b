import { describe, expect, it } from 'vitest';
import { largestBodyTask, longTracedTasks, schedBetween } from './big-feed-trace';
import type { SchedSample, TraceEvent } from './big-feed-trace';

const PAGE = { pid: 10, tid: 11 };
const UI = { pid: 20, tid: 21 };

function x(
  on: { pid: number; tid: number },
  name: string,
  tsMs: number,
  durMs: number,
  cpuMs: number,
  extra: Partial<TraceEvent> = {},
): TraceEvent {
  return {
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts: tsMs * 1000,
    dur: durMs * 1000,
    tdur: cpuMs * 1000,
    ...on,
    ...extra,
  };
}

const parse = (on: typeof PAGE, url: string, tsMs: number) =>
  x(on, 'ParseHTML', tsMs, 1, 1, { args: { beginData: { url } } });

// The browser's own omnibox page runs in another renderer and has the longest task of all; the
// page's first event (its HTML parsed at 1,000 ms) is the origin.
const events: TraceEvent[] = [
  parse(UI, 'chrome://omnibox-popup.top-chrome/omnibox_popup_aim.html', 500),
  x(UI, 'RunTask', 600, 900, 800),
  parse(PAGE, 'http://127.0.0.1:4621/?feed=/bench/big-feed.json', 1_000),
  x(PAGE, 'RunTask', 1_100, 250, 40),
  x(PAGE, 'ThreadControllerImpl::RunTask', 1_100, 250, 40, { cat: 'toplevel' }),
  x(PAGE, 'FunctionCall', 1_101, 200, 35, {
    args: { data: { functionName: 'ae', url: 'http://127.0.0.1:4621/assets/start-app-X.js' } },
  }),
  x(PAGE, 'V8.GC_SCAVENGER', 1_150, 20, 5),
  x(PAGE, 'RunMicrotasks', 1_310, 30, 4),
  x(PAGE, 'RunTask', 2_000, 100, 90),
  x(PAGE, 'HandlePostMessage', 2_000, 100, 90),
];

const first = {
  ts: 1_100_000,
  pid: 10,
  startMs: 100,
  wallMs: 250,
  cpuMs: 40,
  inside: ['FunctionCall (ae start-app-X.js) 200/35', 'RunMicrotasks 30/4'],
};
const second = {
  ts: 2_000_000,
  pid: 10,
  startMs: 1_000,
  wallMs: 100,
  cpuMs: 90,
  inside: ['HandlePostMessage 100/90'],
};

describe('longTracedTasks', () => {
  it.each([
    { overMs: 150, expected: [first] },
    { overMs: 50, expected: [first, second] },
    { overMs: 300, expected: [] },
  ])(
    'lists the page thread tasks over $overMs ms and the work directly inside',
    ({ overMs, expected }) => {
      expect(longTracedTasks(events, overMs)).toEqual(expected);
    },
  );

  it('finds nothing when no page was parsed', () => {
    expect(
      longTracedTasks(
        events.filter((e) => e.name !== 'ParseHTML'),
        0,
      ),
    ).toEqual([]);
  });
});

describe('largestBodyTask', () => {
  const part = (on: typeof PAGE, tsMs: number, bytes: number): TraceEvent => ({
    name: 'ResourceReceivedData',
    cat: 'devtools.timeline',
    ph: 'I',
    ts: tsMs * 1000,
    ...on,
    args: { data: { encodedDataLength: bytes } },
  });
  const MB = 1024 * 1024;

  it.each([
    {
      name: 'the task that took in the most bytes, not the most parts',
      parts: [
        part(PAGE, 1_120, 2 * MB),
        part(PAGE, 1_200, 1.5 * MB),
        part(PAGE, 2_010, 4 * MB),
        // The browser's own page's loads are not the page's.
        part(UI, 700, 50 * MB),
      ],
      expected: { startMs: 1_000, wallMs: 100, cpuMs: 90, parts: 1, megabytes: 4 },
    },
    {
      name: 'several parts in one task, summed',
      parts: [part(PAGE, 1_120, 2 * MB), part(PAGE, 1_200, 3 * MB), part(PAGE, 2_010, 4 * MB)],
      expected: { startMs: 100, wallMs: 250, cpuMs: 40, parts: 2, megabytes: 5 },
    },
    { name: 'nothing when no body came', parts: [], expected: null },
  ])('$name', ({ parts, expected }) => {
    expect(largestBodyTask([...events, ...parts])).toEqual(expected);
  });
});

describe('schedBetween', () => {
  // Cumulative ns on a CPU and waiting for one, sampled every 100 ms.
  const samples: SchedSample[] = [
    { atUs: 0, runNs: 0, waitNs: 0 },
    { atUs: 100_000, runNs: 10e6, waitNs: 80e6 },
    { atUs: 200_000, runNs: 60e6, waitNs: 120e6 },
  ];

  it.each([
    { from: 0, to: 200_000, runMs: 60, waitMs: 120 },
    { from: 100_000, to: 200_000, runMs: 50, waitMs: 40 },
    // Between samples the earlier sample counts: 150 ms reads as 100 ms.
    { from: 50_000, to: 150_000, runMs: 10, waitMs: 80 },
  ])('splits $from-$to µs into running and waiting', ({ from, to, runMs, waitMs }) => {
    expect(schedBetween(samples, from, to)).toEqual({ runMs, waitMs });
  });

  it('says nothing without samples', () => {
    expect(schedBetween([], 0, 1)).toBeNull();
  });
});
