import type { PeriodScores, SystemScore } from '../scoring/score-types';

/**
 * A hand-made quarter for profile tests. Categories c1 = standards a, b; c2 = standard c.
 *
 * | code | region | pop | overall | c1 | c2   | a   | b  | c    |
 * | S1   | R1     | 100 | 50      | 40 | 60   | 20  | 60 | 60   |
 * | S2   | R1     | 300 | 70      | 70 | 70   | 80  | 60 | 70   |
 * | S3   | R2     | 100 | 30      | 30 | null | 30  | 30 | null |
 * | S4   | R2     | 500 | 90      | 90 | 90   | 100 | 80 | 90   |
 * | S5   | R2     | 100 | null    | -  | -    | -   | -  | -    |
 */
const table: [string, string, number, ...(number | null)[]][] = [
  ['S1', 'R1', 100, 50, 40, 60, 20, 60, 60],
  ['S2', 'R1', 300, 70, 70, 70, 80, 60, 70],
  ['S3', 'R2', 100, 30, 30, null, 30, 30, null],
  ['S4', 'R2', 500, 90, 90, 90, 100, 80, 90],
  ['S5', 'R2', 100, null, null, null, null, null, null],
];

function scoreOf([code, regionCode, population, ...v]: (typeof table)[number]): SystemScore {
  const [overall = null, c1 = null, c2 = null, a = null, b = null, c = null] = v;
  return {
    code,
    regionCode,
    population,
    overall,
    completeness: overall === null ? 0 : 1,
    lowConfidence: overall === null,
    categories: {
      c1: { score: c1, completeness: c1 === null ? 0 : 1 },
      c2: { score: c2, completeness: c2 === null ? 0 : 1 },
    },
    standards: { a, b, c },
  };
}

export const testCatalogue = {
  categories: [
    { id: 'c1', name: 'Category one', defaultWeight: 1 },
    { id: 'c2', name: 'Category two', defaultWeight: 1 },
  ],
  standards: [
    {
      id: 'a',
      name: 'Standard A',
      owner: 'O',
      categoryId: 'c1',
      adoptionMeans: 'A',
      defaultWeight: 1,
    },
    {
      id: 'c',
      name: 'Standard C',
      owner: 'O',
      categoryId: 'c2',
      adoptionMeans: 'C',
      defaultWeight: 1,
    },
    {
      id: 'b',
      name: 'Standard B',
      owner: 'O',
      categoryId: 'c1',
      adoptionMeans: 'B',
      defaultWeight: 1,
    },
  ],
};

/** Only `systems` is read by the profile's group functions; the aggregates are not. */
export const testPeriodScores = { period: '2026-Q3', systems: table.map(scoreOf) } as Pick<
  PeriodScores,
  'period' | 'systems'
> as PeriodScores;
