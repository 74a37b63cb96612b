/**
 * Plain-English findings generated from the numbers, for the top of the Divides page. Each is one
 * or two sentences a reader can check against the charts below it.
 */
import { metricName } from '../charts/metric-value';
import type { MetricChoice } from '../charts/metric-value';
import type { Feed } from '../feed/feed-schema';
import { formatFixed } from '../format/format-number';
import { formatPeriod } from '../periods/period';
import type { DividesAnalysis } from './divides-analysis';
import { FALLING_BEHIND_QUARTERS } from './falling-behind';
import { listText, oneDecimal, percentText, plural, pointsText } from './finding-text';
import { IMD_STEP } from './deprivation-gradient';
import { MIN_PERIODS_FOR_DIVIDE_TREND } from './trend-test';
import type { DivideTrend } from './widening';
import { capitalise } from '../format/capitalise';

export type FindingTopic =
  'widening' | 'spread' | 'falling-behind' | 'regional' | 'deprivation' | 'borders';

export interface Finding {
  topic: FindingTopic;
  text: string;
}

type Names = (code: string) => string;

/** Below this (absolute) correlation the line says little, and the finding says so. */
export const WEAK_CORRELATION = 0.3;

type FeedNames = Pick<Feed, 'categories' | 'standards'>;

/** "GP Connect: Access Record Structured (FHIR)", "Transfers of care", "overall readiness". */
export function metricLabel(feed: FeedNames, metric: MetricChoice): string {
  if (metric.kind === 'overall') return 'overall readiness';
  const list = metric.kind === 'category' ? feed.categories : feed.standards;
  return list.find((item) => item.id === metric.id)?.name ?? metric.id;
}

function wideningFinding(feed: FeedNames, a: DividesAnalysis): string {
  const widening = a.divides.filter((d) => d.verdict === 'widening');
  const top: DivideTrend | undefined = widening[0];
  if (!top) {
    const tested = a.divides.some((d) => d.verdict !== 'too few quarters');
    return tested
      ? `No divide is widening by our test in the quarters up to ${formatPeriod(a.period)}, on overall readiness, any category or any standard.`
      : `Too few quarters to say whether divides are widening: the test needs at least ${MIN_PERIODS_FOR_DIVIDE_TREND}.`;
  }
  const name = metricLabel(feed, top.metric);
  const count = `${widening.length} of the ${a.divides.length} measures ${widening.length === 1 ? 'shows' : 'show'} a widening divide.`;
  if (top.iqrTrend.direction === 'up' && top.first && top.last) {
    return `The gap on ${name} between the top and bottom quarter of systems widened from ${pointsText(top.first.iqr)} to ${pointsText(top.last.iqr)} points since ${formatPeriod(top.first.period)}. ${count}`;
  }
  return `Inequality on ${name} is rising: its Gini coefficient grows by ${oneDecimal((top.giniTrend.slopePerYear ?? 0) * 100)} points a year. ${count}`;
}

function spreadFinding(feed: FeedNames, a: DividesAnalysis): string | null {
  const now = a.selected?.series.at(-1);
  if (!a.selected || !now || now.min === null || now.max === null || now.iqr === null) return null;
  const verdict =
    a.selected.verdict === 'too few quarters'
      ? 'too few quarters to judge its trend'
      : a.selected.verdict;
  return `In ${formatPeriod(a.period)}, ${metricName(feed, a.metric)} ranged from ${pointsText(now.min)} to ${pointsText(now.max)} across ${now.count} systems; the middle half spanned ${pointsText(now.iqr)} points (divide: ${verdict}).`;
}

/** "cannot be judged: <why>": the words the widening test uses when it lacks quarters. */
export function cannotJudge(what: string, why: string): string {
  return `${capitalise(what)} cannot be judged: ${why}.`;
}

function fallingFinding(
  feed: FeedNames & Pick<Feed, 'periods'>,
  a: DividesAnalysis,
  names: Names,
): string {
  const what = metricName(feed, a.metric);
  const quarters = feed.periods.indexOf(a.period) + 1;
  if (a.fallingBehind.length === 0 && quarters < FALLING_BEHIND_QUARTERS + 1) {
    // Two quarters cannot show a gap growing three times: "no system has fallen behind" would
    // state a finding the data cannot have.
    return cannotJudge(
      'whether any system has fallen further behind',
      `it takes ${FALLING_BEHIND_QUARTERS + 1} quarters and the feed has ${quarters} up to ${formatPeriod(a.period)}`,
    );
  }
  if (a.fallingBehind.length === 0) {
    return `No system in the bottom quarter on ${what} has fallen further behind the national median in each of the last ${FALLING_BEHIND_QUARTERS} quarters.`;
  }
  const list = listText(
    a.fallingBehind.map((f) => `${names(f.code)} (gap up ${pointsText(f.growth)} points)`),
  );
  return `${plural(a.fallingBehind.length, 'system', 'systems')} in the bottom quarter on ${what} fell further behind the national median in each of the last ${FALLING_BEHIND_QUARTERS} quarters: ${list}.`;
}

function regionalFinding(feed: FeedNames, a: DividesAnalysis): string | null {
  const withSplit = a.regional.filter((r) => r.split?.betweenShare != null);
  const first = withSplit[0];
  const last = withSplit.at(-1);
  if (!first?.split || !last?.split || last.split.betweenShare === null) return null;
  const share = last.split.betweenShare;
  const where =
    share > 0.5 ? 'between regions: a regional divide' : 'within regions: a local divide';
  const since =
    first.period === last.period
      ? ''
      : ` (${percentText(first.split.betweenShare ?? 0)} in ${formatPeriod(first.period)})`;
  return `In ${formatPeriod(last.period)}, ${percentText(share)} of the inequality in ${metricName(feed, a.metric)} lay between regions${since}, so most of it is ${where}.`;
}

function deprivationFinding(
  feed: FeedNames & Pick<Feed, 'geography'>,
  a: DividesAnalysis,
): string | null {
  const line = a.deprivation.line;
  if (!line && !feed.geography.systems.some((s) => s.imdScore !== undefined)) {
    return cannotJudge('the link with deprivation', 'the feed gives no deprivation scores');
  }
  if (!line) return null;
  const what = metricName(feed, a.metric);
  const direction = line.slope < 0 ? 'lower' : 'higher';
  const r =
    line.correlation === null ? '' : ` (weighted correlation ${formatFixed(line.correlation, 2)})`;
  const size = `${pointsText(Math.abs(line.slope))} points ${direction} for every ${IMD_STEP} points of deprivation score${r}`;
  const lead =
    line.correlation !== null && Math.abs(line.correlation) >= WEAK_CORRELATION
      ? `More deprived systems score ${direction} on ${what}: ${size}.`
      : `${capitalise(what)} shows little link with deprivation: ${size}.`;
  const trend = a.deprivation.trend;
  const first = a.deprivation.series.find((s) => s.slope !== null);
  if (trend.direction === null || !first || first.slope === null) return lead;
  if (trend.direction === 'flat')
    return `${lead} The gradient has not clearly changed since ${formatPeriod(first.period)}.`;
  const steeper = (trend.direction === 'down') === line.slope < 0;
  return `${lead} It has ${steeper ? 'steepened' : 'flattened'} since ${formatPeriod(first.period)}, from ${pointsText(first.slope)} to ${pointsText(line.slope)}.`;
}

function borderFinding(
  feed: Pick<Feed, 'geography' | 'technology'>,
  a: DividesAnalysis,
  names: Names,
): string | null {
  const summary = a.borderSummary;
  const weakest = summary.weakest[0];
  if (feed.geography.adjacency.length === 0) {
    // No borders listed: "no island" would claim every system is well connected.
    return cannotJudge('connection across borders', 'the feed lists no borders between systems');
  }
  if (!weakest || weakest.score === null) {
    return cannotJudge(
      'connection across borders',
      `no border has scores on both sides in ${formatPeriod(a.period)}`,
    );
  }
  const islands =
    summary.islands.length === 0
      ? 'No system is weakly connected on every border.'
      : `${listText(summary.islands.map((s) => names(s.code)))} ${summary.islands.length === 1 ? 'is an island' : 'are islands'}: every border weaker than three quarters of all borders.`;
  const platforms =
    feed.technology.length === 0
      ? cannotJudge('whether neighbours share a platform', 'the feed has no technology data')
      : summary.platformKnown === 0
        ? 'No border has a shared care record platform reported on both sides.'
        : `${summary.samePlatform} of the ${summary.platformKnown} borders with both platforms reported have the same one on both sides.`;
  return `The weakest border is where ${names(weakest.a)} meets ${names(weakest.b)}: ${pointsText(weakest.score)}% of the exchange weight is live on both sides (median border ${pointsText(summary.median ?? 0)}%). ${islands} ${platforms}`;
}

export function dividesFindings(
  feed: Pick<Feed, 'categories' | 'standards' | 'geography' | 'periods' | 'technology'>,
  analysis: DividesAnalysis,
): Finding[] {
  const byCode = new Map(feed.geography.systems.map((s) => [s.code, s.shortName]));
  const names: Names = (code) => byCode.get(code) ?? code;
  const all: [FindingTopic, string | null][] = [
    ['widening', wideningFinding(feed, analysis)],
    ['spread', spreadFinding(feed, analysis)],
    ['falling-behind', fallingFinding(feed, analysis, names)],
    ['regional', regionalFinding(feed, analysis)],
    ['deprivation', deprivationFinding(feed, analysis)],
    ['borders', borderFinding(feed, analysis, names)],
  ];
  return all.flatMap(([topic, text]) => (text === null ? [] : [{ topic, text }]));
}
