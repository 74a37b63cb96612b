import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import type { FeedScores, SystemScore } from '../scoring/score-feed';
import { EMPTY_AGGREGATE } from '../scoring/aggregate';
import { defaultWeights } from '../scoring/weights';
import { scoreExportDocument, scoreExportTable } from './score-export';

const feed = minimalFeed;
const [first, second] = feed.geography.systems;
const categoryIds = feed.categories.map((category) => category.id);

function system(code: string, overall: number | null, completeness: number): SystemScore {
  return {
    code,
    regionCode: 'R1',
    population: 1000,
    overall,
    completeness,
    lowConfidence: completeness < 0.8,
    categories: Object.fromEntries(categoryIds.map((id) => [id, { score: overall, completeness }])),
    standards: { [feed.standards[0]!.id]: overall === null ? null : overall / 2 },
  };
}

// England 70: A at 77.46 is "higher" (more than 5 points above), B at 66 "similar", C unscored.
const scores: FeedScores = {
  byPeriod: {
    '2026-Q1': {
      period: '2026-Q1',
      systems: [system(first!.code, 77.46, 0.755), system(second!.code, 66, 1)],
      national: { ...EMPTY_AGGREGATE, populationWeighted: 70, count: 2 },
      regions: {},
      categoriesNational: {},
    },
  },
};

describe('scoreExportTable', () => {
  it('has one row per system with rounded scores, ranks, intervals and the comparison', () => {
    const table = scoreExportTable(feed, scores, '2026-Q1', {
      [first!.code]: { rank: 1, low: 1, high: 2 },
    });
    expect(table.header.slice(0, 12)).toEqual([
      'Period',
      'Code',
      'System',
      'Region',
      'Population',
      'Readiness',
      'Completeness (%)',
      'Low confidence',
      'Rank',
      'Rank interval low',
      'Rank interval high',
      'Compared with England',
    ]);
    expect(table.header).toHaveLength(12 + feed.categories.length + feed.standards.length);
    expect(table.rows).toHaveLength(2);
    // 77.46 -> 77.5; 0.755 -> 76% (75.5 rounds half up); interval as given.
    expect(table.rows[0]!.slice(0, 12)).toEqual([
      '2026-Q1',
      first!.code,
      first!.name,
      expect.any(String),
      1000,
      77.5,
      76,
      true,
      1,
      1,
      2,
      'higher',
    ]);
    // The first standard's score is half the overall here: 66 / 2 = 33.
    expect(table.rows[1]![12 + feed.categories.length]).toBe(33);
    expect(table.rows[1]!.slice(8, 12)).toEqual([2, null, null, 'similar']);
  });

  it('is empty for a period the scores do not have', () => {
    expect(scoreExportTable(feed, scores, '1999-Q1', {})).toEqual({ header: [], rows: [] });
  });

  it('says in a last column why a mesh system has no scores, never leaving it blank', () => {
    const why = 'No data: ics-s2 is unavailable (HTTP 404 Not Found)';
    const unavailable = new Map([[second!.code, why]]);
    const table = scoreExportTable(feed, scores, '2026-Q1', {}, unavailable);
    expect(table.header.at(-1)).toBe('Data product');
    expect(table.rows.map((row) => row.at(-1))).toEqual(['loaded', why]);
    // A single feed's export keeps its columns.
    expect(scoreExportTable(feed, scores, '2026-Q1', {}).header).not.toContain('Data product');
    const doc = scoreExportDocument(
      feed,
      scores,
      '2026-Q1',
      defaultWeights(feed),
      false,
      {},
      unavailable,
    );
    expect(doc.systems.map((row) => ('noData' in row ? row.noData : null))).toEqual([null, why]);
  });
});

describe('scoreExportDocument', () => {
  it('carries the source, the weights in force and the same numbers as the table', () => {
    const weights = defaultWeights(feed);
    const doc = scoreExportDocument(feed, scores, '2026-Q1', weights, false, {});
    expect(doc.source.publisher).toBe(feed.metadata.publisher);
    expect(doc.weights.custom).toBe(false);
    expect(doc.weights.categories).toEqual(weights.categories);
    expect(doc.systems.map((entry) => [entry.code, entry.readiness, entry.rank])).toEqual([
      [first!.code, 77.5, 1],
      [second!.code, 66, 2],
    ]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
