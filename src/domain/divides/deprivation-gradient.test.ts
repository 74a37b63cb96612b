import { describe, expect, it } from 'vitest';
import { deprivationGradient, weightedLine } from './deprivation-gradient';
import {
  FIVE_QUARTERS,
  FOUR_SYSTEMS,
  testFeed,
  testScores,
} from '../../testing/fixtures/domain/divides-test-data';

const point = (imdScore: number, value: number, population = 1) => ({
  code: `S${imdScore}`,
  imdScore,
  value,
  population,
});

describe('weightedLine: hand-computed', () => {
  it('a perfect line: 1 point lower per IMD point -> -10 per 10 IMD points, r = -1', () => {
    const line = weightedLine([point(10, 80), point(20, 70), point(30, 60)])!;
    expect(line.slope).toBeCloseTo(-10, 9);
    expect(line.intercept).toBeCloseTo(90, 9);
    expect(line.correlation).toBeCloseTo(-1, 9);
  });

  it('weights by population', () => {
    // x 10 (x2), 20, 30; y 80 (x2), 70, 40. Weighted means: x 70/4 = 17.5, y 270/4 = 67.5.
    // Sxx = 2(-7.5)^2 + 2.5^2 + 12.5^2 = 112.5 + 6.25 + 156.25 = 275
    // Sxy = 2(-7.5)(12.5) + 2.5 x 2.5 + 12.5(-27.5) = -187.5 + 6.25 - 343.75 = -525
    // Syy = 2(12.5)^2 + 2.5^2 + 27.5^2 = 312.5 + 6.25 + 756.25 = 1075
    // slope -525/275 = -1.9090909 a point -> -19.090909 per 10; intercept 67.5 + 1.9090909 x 17.5
    // = 100.909091; r = -525 / sqrt(275 x 1075) = -525 / 543.7142 = -0.965581
    const line = weightedLine([point(10, 80, 2), point(20, 70), point(30, 40)])!;
    expect(line.slope).toBeCloseTo(-19.090909, 5);
    expect(line.intercept).toBeCloseTo(100.909091, 5);
    expect(line.correlation).toBeCloseTo(-0.965581, 5);
  });

  it('has slope 0 and no correlation when every score is equal', () => {
    const line = weightedLine([point(10, 50), point(20, 50), point(30, 50)])!;
    expect(line.slope).toBe(0);
    expect(line.correlation).toBeNull();
  });

  it.each([
    ['fewer than 3 systems', [point(10, 50), point(20, 60)]],
    ['one deprivation score for all', [point(20, 50), point(20, 60), point(20, 70)]],
    ['no systems', []],
  ])('gives no line for %s', (_, points) => {
    expect(weightedLine(points)).toBeNull();
  });
});

describe('deprivationGradient over time', () => {
  it('finds the gradient steepening from -10 to -15.2 per 10 IMD points', () => {
    // IMD 40, 30, 20, 10 (mean 25, Sxx 500). 2025-Q1 values 50 60 70 80: Sxy -500 -> -10.
    // 2025-Q2 48 60 71 82 -> Sxy -565 -> -11.3; then -12.6, -13.9 and, in 2026-Q1,
    // 42 60 74 88 -> Sxy -760 -> -15.2. Theil-Sen slope -1.3 a quarter = -5.2 a year: down.
    const feed = testFeed(FIVE_QUARTERS, FOUR_SYSTEMS);
    const scores = testScores(FIVE_QUARTERS, FOUR_SYSTEMS);
    const g = deprivationGradient(feed, scores, '2026-Q1', { kind: 'overall' });
    [-10, -11.3, -12.6, -13.9, -15.2].forEach((slope, i) => {
      expect(g.series[i]?.slope).toBeCloseTo(slope, 9);
    });
    expect(g.line?.slope).toBeCloseTo(-15.2, 9);
    // Syy = 24^2 + 6^2 + 8^2 + 22^2 = 1160; r = -760 / sqrt(500 x 1160) = -0.9979
    expect(g.line?.correlation).toBeCloseTo(-0.997929, 5);
    expect(g.trend.slopePerYear).toBeCloseTo(-5.2, 9);
    expect(g.trend.direction).toBe('down');
  });

  it('leaves out systems with no deprivation score', () => {
    const systems = FOUR_SYSTEMS.map((s, i) => (i === 0 ? { ...s, imdScore: undefined } : s));
    const feed = testFeed(FIVE_QUARTERS, systems);
    const g = deprivationGradient(feed, testScores(FIVE_QUARTERS, systems), '2025-Q1', {
      kind: 'overall',
    });
    expect(g.points.map((p) => p.code)).toEqual(['B', 'C', 'D']);
    expect(g.trend.direction).toBeNull();
  });
});
