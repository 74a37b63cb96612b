/**
 * The say-and-do view of one measure in one quarter, as data and sentences: the pairs, the fit,
 * who is left out and why, and what can (and cannot) be judged from them. Pure, so every word
 * the page shows is tested here.
 */
import type { Feed, Measure } from '../feed/feed-schema';
import { formatFixed, formatSigned } from '../format/format-number';
import { formatPeriod } from '../periods/period';
import { formatMeasured } from './measured-text';
import { fitSayDo, MIN_PAIRS_FOR_CORRELATION, MIN_PAIRS_FOR_LINE } from './say-and-do-fit';
import type { SayDoFit, SayDoPoint } from './say-and-do-fit';
import { sayDoPairs } from './say-and-do-pairs';
import type { SayDoPairs } from './say-and-do-pairs';

export type SayAndDo =
  | { comparable: false; measure: Measure; reason: string }
  | ({ comparable: true; measure: Measure; standardName: string } & SayDoPairs &
      SayDoFit & { leftOut: string | null; correlationText: string; furthestText: string[] });

/** The measures a say-and-do view can show: those that name a standard the feed has. */
export function linkedMeasures(feed: Pick<Feed, 'measures' | 'standards'>): Measure[] {
  const standards = new Set(feed.standards.map((s) => s.id));
  return feed.measures.filter((m) => m.standardId !== undefined && standards.has(m.standardId));
}

const systemsWord = (n: number) => `${n} ${n === 1 ? 'system' : 'systems'}`;
const hasHave = (n: number) => (n === 1 ? 'has' : 'have');

/** "3 systems have no measured value for July to September 2025; 1 has no score." or null. */
export function leftOutText(pairs: SayDoPairs, period: string): string | null {
  const when = formatPeriod(period);
  const parts: string[] = [];
  const noMeasured = pairs.noMeasured.length;
  const noScore = pairs.noScore.length;
  const neither = pairs.neither.length;
  if (noMeasured > 0)
    parts.push(`${systemsWord(noMeasured)} ${hasHave(noMeasured)} no measured value for ${when}`);
  if (noScore > 0)
    parts.push(`${parts.length ? noScore : systemsWord(noScore)} ${hasHave(noScore)} no score`);
  if (neither > 0)
    parts.push(`${parts.length ? neither : systemsWord(neither)} ${hasHave(neither)} neither`);
  const other = pairs.otherGeography.length;
  if (other > 0) {
    parts.push(
      `${systemsWord(other)} with a measured value did not exist throughout ${when} (another geography), so ${other === 1 ? 'it is' : 'they are'} left out rather than mixed with this quarter's systems`,
    );
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const strength = (r: number) =>
  Math.abs(r) < 0.1
    ? 'no'
    : Math.abs(r) < 0.3
      ? 'a weak'
      : Math.abs(r) < 0.5
        ? 'a moderate'
        : 'a strong';

export function correlationText(fit: SayDoFit, n: number): string {
  if (n < MIN_PAIRS_FOR_CORRELATION) {
    return `Whether what systems say goes with what they do cannot be judged: ${n === 0 ? 'no system has' : `only ${systemsWord(n)} ${hasHave(n)}`} both, and a correlation from fewer than ${MIN_PAIRS_FOR_CORRELATION} can turn on a single system.`;
  }
  if (fit.correlation === null) {
    return 'Whether what systems say goes with what they do cannot be judged: every system has the same score or the same measured use.';
  }
  const r = fit.correlation;
  const words = strength(r);
  const r2 = `r = ${formatFixed(r, 2)}`;
  if (words === 'no')
    return `Across the ${n} systems with both, there is no clear link between score and measured use (${r2}).`;
  const direction = r > 0 ? 'higher' : 'lower';
  return `Across the ${n} systems with both, those with more measured use tend to report ${direction} scores: ${words} ${r > 0 ? 'positive' : 'negative'} correlation (${r2}). A correlation says the two move together, not why.`;
}

function named(
  points: readonly SayDoPoint[],
  names: ReadonlyMap<string, string>,
  measure: Measure,
) {
  return points
    .map(
      (p) =>
        `${names.get(p.code) ?? p.code} (score ${formatFixed(p.said, 0)}, ${formatMeasured(measure, p.measured)}: ${formatSigned(p.residual!, 0)} points from the line)`,
    )
    .join('; ');
}

export function furthestText(
  fit: SayDoFit,
  n: number,
  names: ReadonlyMap<string, string>,
  measure: Measure,
): string[] {
  if (fit.line === null) {
    return [
      n < MIN_PAIRS_FOR_LINE
        ? `Which systems are furthest apart cannot be judged: fewer than ${MIN_PAIRS_FOR_LINE} systems have both.`
        : 'Which systems are furthest apart cannot be judged: every system has the same measured use, so no line can be fitted.',
    ];
  }
  const lines: string[] = [];
  if (fit.saysMore.length)
    lines.push(
      `Score furthest above what their measured use predicts: ${named(fit.saysMore, names, measure)}.`,
    );
  if (fit.doesMore.length)
    lines.push(
      `Score furthest below what their measured use predicts: ${named(fit.doesMore, names, measure)}.`,
    );
  if (lines.length === 0)
    lines.push('Every system sits on the fitted line: none is further apart than another.');
  return lines;
}

export function sayAndDo(feed: Feed, measure: Measure, period: string): SayAndDo {
  const pairs = sayDoPairs(feed, measure, period);
  if (pairs === null) {
    return {
      comparable: false,
      measure,
      reason: `${measure.name} is published for ${measure.frequency === 'financial-year' ? 'financial years' : 'periods that are not quarters'}, so it cannot be compared with a quarter's scores.`,
    };
  }
  const fit = fitSayDo(pairs.pairs);
  const names = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  const standardName =
    feed.standards.find((s) => s.id === measure.standardId)?.name ?? measure.standardId!;
  const n = pairs.pairs.length;
  return {
    comparable: true,
    measure,
    standardName,
    ...pairs,
    ...fit,
    leftOut: leftOutText(pairs, period),
    correlationText: correlationText(fit, n),
    furthestText: furthestText(fit, n, names, measure),
  };
}
