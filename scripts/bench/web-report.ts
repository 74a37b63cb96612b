/**
 * Figures of one Lighthouse run and the web goals of issue 15: performance >= 95 (mobile),
 * accessibility and best practices 100, layout shift < 0.05, first-view JS <= 150 kB gzip.
 */

export type FormFactor = 'mobile' | 'desktop';

export interface WebFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  cls: number | null;
  tbtMs: number | null;
}

export interface WebRun extends WebFigures {
  url: string;
  formFactor: FormFactor;
  /** Gzip bytes of the route's first-view JS (scripts/size-budget). */
  firstViewJs: number | null;
}

/** The parts of a Lighthouse result read here (lighthouse's own type is much larger). */
export interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

const score = (lhr: LighthouseResult, id: string) => {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
};

export function figuresOf(lhr: LighthouseResult): WebFigures {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
  };
}

export const WEB_GOALS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  clsBelow: 0.05,
  firstViewJsBytes: 150_000,
};

/** The goals a run misses, in words; performance is judged on the mobile preset only. */
export function missedGoals(run: WebRun): string[] {
  const missed: string[] = [];
  const below = (value: number | null, goal: number) => value === null || value < goal;
  if (run.formFactor === 'mobile' && below(run.performance, WEB_GOALS.performance)) {
    missed.push('performance');
  }
  if (below(run.accessibility, WEB_GOALS.accessibility)) missed.push('accessibility');
  if (below(run.bestPractices, WEB_GOALS.bestPractices)) missed.push('best practices');
  if (run.cls === null || run.cls >= WEB_GOALS.clsBelow) missed.push('CLS');
  if (run.firstViewJs === null || run.firstViewJs > WEB_GOALS.firstViewJsBytes) {
    missed.push('first-view JS');
  }
  return missed;
}

const text = (value: number | null, format: (n: number) => string) =>
  value === null ? 'n/a' : format(value);

export function formatWebTable(runs: WebRun[]): string {
  const header = [
    'route',
    'preset',
    'perf',
    'a11y',
    'best pr.',
    'CLS',
    'TBT',
    'JS (gzip)',
    'missed',
  ];
  const cells = runs.map((run) => [
    run.url,
    run.formFactor,
    text(run.performance, String),
    text(run.accessibility, String),
    text(run.bestPractices, String),
    text(run.cls, (n) => n.toFixed(3)),
    text(run.tbtMs, (n) => `${Math.round(n).toLocaleString('en-GB')} ms`),
    text(run.firstViewJs, (n) => `${(n / 1000).toFixed(1)} kB`),
    missedGoals(run).join(', ') || '-',
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((cell) => (cell[i] as string).length)),
  );
  const line = (cell: string[]) =>
    cell
      .map((value, i) => value.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}
