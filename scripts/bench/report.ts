/**
 * Turns the measured figures into the printed table and the ratio lines. A missed goal is said
 * loudly (MISSED) but never fails the run: the benchmark is a measurement, not a test.
 */
import type { FeedFigures } from './bench-feed';

export type FeedRole = 'bundled' | 'large';

export interface BenchFeed {
  role: FeedRole;
  figures: FeedFigures;
}

/** One printed figure, and the goal it is held to on this feed, if any. */
export interface Finding {
  feed: FeedRole;
  /** What is measured, as printed: "ratio: ingest / JSON.parse". */
  what: string;
  value: number;
  shown: string;
  goal?: { text: string; met: boolean };
}

/**
 * The goals of the issue's "Speed, measured" section: the whole ingest at most 2x bare JSON.parse
 * on the large feed, and rank intervals under 100 ms on the bundled feed. parseFeed at most 0.5x
 * JSON.parse is our own target, which leaves the scoring room inside the 2x.
 */
export const GOALS = { ingestRatio: 2, parseFeedRatio: 0.5, rankIntervalsMs: 100 } as const;

export const formatMs = (ms: number) =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;

/** A stage's median over JSON.parse's, with the limit it is held to (if any) on this feed. */
function ratioFinding(feed: FeedRole, stage: string, ratio: number, limit?: number): Finding {
  const kind = stage === 'parseFeed' ? 'target' : 'goal';
  return {
    feed,
    what: `ratio: ${stage} / JSON.parse`,
    value: ratio,
    shown: `${ratio.toFixed(2)}x`,
    goal:
      limit === undefined
        ? undefined
        : { text: `${kind} <= ${limit}x on the large feed`, met: ratio <= limit },
  };
}

export function findings({ role, figures }: BenchFeed): Finding[] {
  const { jsonParseMs, parseFeedMs, scoreFeedMs, ingestMs, rankIntervalsMs } = figures.medians;
  const onLarge = (limit: number) => (role === 'large' ? limit : undefined);
  const rankLimit = GOALS.rankIntervalsMs;
  return [
    ratioFinding(role, 'ingest', ingestMs / jsonParseMs, onLarge(GOALS.ingestRatio)),
    ratioFinding(role, 'parseFeed', parseFeedMs / jsonParseMs, onLarge(GOALS.parseFeedRatio)),
    ratioFinding(role, 'scoreFeed', scoreFeedMs / jsonParseMs),
    {
      feed: role,
      what: `rank intervals (${figures.rankDraws} draws, ${figures.latestPeriod})`,
      value: rankIntervalsMs,
      shown: formatMs(rankIntervalsMs),
      goal:
        role === 'bundled'
          ? { text: `goal < ${rankLimit} ms on the bundled feed`, met: rankIntervalsMs < rankLimit }
          : undefined,
    },
  ];
}

export function findingLine(finding: Finding): string {
  const { what, shown, goal } = finding;
  const judged = goal ? ` (${goal.text}): ${goal.met ? 'met' : 'MISSED'}` : '';
  return `  ${what} = ${shown}${judged}`;
}

const ROWS: [string, (f: FeedFigures) => string][] = [
  ['bytes', (f) => `${(f.bytes / 1e6).toFixed(2)} MB`],
  ['observations', (f) => f.observations.toLocaleString('en-GB')],
  ['runs (median of)', (f) => `${f.runs} (+${f.warmUp} warm-up)`],
  ['JSON.parse', (f) => formatMs(f.medians.jsonParseMs)],
  ['parseFeed (validate)', (f) => formatMs(f.medians.parseFeedMs)],
  ['scoreFeed (score all)', (f) => formatMs(f.medians.scoreFeedMs)],
  ['ingest (the three)', (f) => formatMs(f.medians.ingestMs)],
  ['rank intervals', (f) => formatMs(f.medians.rankIntervalsMs)],
];

export function formatTable(feeds: readonly BenchFeed[]): string[] {
  const labelWidth = Math.max(...ROWS.map(([label]) => label.length)) + 2;
  const columns = feeds.map(({ figures }) => [
    figures.name,
    ...ROWS.map(([, show]) => show(figures)),
  ]);
  const widths = columns.map((cells) => Math.max(...cells.map((cell) => cell.length)) + 3);
  return ['', ...ROWS.map(([label]) => label)].map(
    (label, row) =>
      label.padEnd(labelWidth) +
      columns.map((cells, i) => (cells[row] ?? '').padStart(widths[i] ?? 0)).join(''),
  );
}

export function formatReport(header: string, feeds: readonly BenchFeed[]): string {
  const all = feeds.flatMap(findings);
  const missed = all.filter((finding) => finding.goal && !finding.goal.met);
  const perFeed = feeds.flatMap((feed) => [
    `${feed.figures.name} (${feed.figures.path}):`,
    ...findings(feed).map(findingLine),
  ]);
  const summary =
    missed.length === 0
      ? 'Every goal met.'
      : `MISSED: ${missed.map((m) => `${m.what.replace(/^ratio: /, '')} on the ${m.feed} feed`).join('; ')}`;
  return [header, '', ...formatTable(feeds), '', ...perFeed, '', summary].join('\n');
}
