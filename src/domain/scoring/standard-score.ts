/**
 * The standard score: how far one system has adopted one standard in one quarter, 0-100, from the
 * reported status and (where given) the share of the system's organisations live with it.
 * docs/scoring-method.md gives the reasons; the methodology page renders STANDARD_SCORE_TABLE so
 * the words people read and the numbers the code uses come from one place.
 */
import type { AdoptionStatus } from '../feed/feed-schema';
import { tidy } from './precision';

/** From piloting on, a score sits on one line: FLOOR at no coverage, 100 at full coverage. */
export const COVERAGE_LINE_FLOOR = 30;
export const COVERAGE_LINE_SPAN = 100 - COVERAGE_LINE_FLOOR;

export interface StandardScoreRule {
  status: AdoptionStatus;
  /** The score when the row gives no coverage. */
  scoreWithoutCoverage: number;
  /** True when a reported coverage sets the score (30 + 70 x coverage) instead. */
  usesCoverage: boolean;
  /** The coverage assumed when none is reported; null when coverage is not used. */
  assumedCoverage: number | null;
  /** The rule in words, for the methodology page. */
  formula: string;
  reason: string;
}

export const STANDARD_SCORE_TABLE: readonly StandardScoreRule[] = [
  {
    status: 'not-started',
    scoreWithoutCoverage: 0,
    usesCoverage: false,
    assumedCoverage: null,
    formula: '0',
    reason: 'Nothing is in place, so nothing reaches patients.',
  },
  {
    status: 'planned',
    scoreWithoutCoverage: 10,
    usesCoverage: false,
    assumedCoverage: null,
    formula: '10',
    reason:
      'A plan is a real step but delivers nothing yet: a small credit keeps it visible without rewarding intentions much.',
  },
  {
    status: 'piloting',
    scoreWithoutCoverage: 30,
    usesCoverage: true,
    assumedCoverage: 0,
    formula: '30 + 70 × coverage (30 when coverage is not given)',
    reason:
      'In use somewhere: procurement, integration and governance, the hardest steps, are done. Coverage then counts in full.',
  },
  {
    status: 'partial',
    scoreWithoutCoverage: 65,
    usesCoverage: true,
    assumedCoverage: 0.5,
    formula: '30 + 70 × coverage (65 when coverage is not given: half assumed)',
    reason:
      'Live in some organisations: the score rises with the share live. Without a coverage figure we assume half, the middle of the range.',
  },
  {
    status: 'live',
    scoreWithoutCoverage: 100,
    usesCoverage: true,
    assumedCoverage: 1,
    formula: '30 + 70 × coverage (100 when coverage is not given)',
    reason:
      'Live everywhere scores 100. Where a coverage below 100% is reported we score the count, not the word, so two systems with the same coverage score the same whatever status they chose.',
  },
];

function onCoverageLine(coverage: number): number {
  // Out-of-range or NaN coverage cannot come from a parsed feed; clamping keeps 0-100 regardless.
  const share = coverage > 1 ? 1 : coverage >= 0 ? coverage : 0;
  return tidy(COVERAGE_LINE_FLOOR + COVERAGE_LINE_SPAN * share);
}

/**
 * Called once per observation (a million on a large feed), so a switch rather than a table lookup;
 * a test checks it agrees with STANDARD_SCORE_TABLE.
 */
export function standardScore(status: AdoptionStatus, coverage?: number): number {
  switch (status) {
    case 'not-started':
      return 0;
    case 'planned':
      return 10;
    case 'piloting':
      return onCoverageLine(coverage ?? 0);
    case 'partial':
      return onCoverageLine(coverage ?? 0.5);
    case 'live':
      return onCoverageLine(coverage ?? 1);
    default:
      // Unknown statuses cannot pass the parser; treat as not reported by the caller's NaN check.
      return Number.NaN;
  }
}
