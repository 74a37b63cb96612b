import { describe, expect, it } from 'vitest';
import { assignToCells, candidateCells } from '../../src/domain/geography/auto-layout';
import { countBorders } from './border-count';
import type { LayoutProblem } from './layout-state';
import { repairNeighbours } from './neighbour-repair';

/** A and B share a border but their centroids are two hexes apart: the assignment loses it. */
const targets = [
  { code: 'A', x: 0, y: 0 },
  { code: 'B', x: 2, y: 0 },
];
const borders = [{ a: 'A', b: 'B' }];
const allowed = candidateCells(targets, 1);
const start = assignToCells(targets, allowed);
const problem: LayoutProblem = {
  targets,
  start,
  allowed,
  borders,
  keepTogether: [],
  preferTogether: [],
  weights: {
    borderWeight: 1,
    falseNeighbourWeight: 0.25,
    displacementWeight: 0.1,
    directionWeight: 0,
    holeWeight: 0,
    splitWeight: 0,
  },
};

describe('repairNeighbours', () => {
  it('starts from an assignment that loses the border', () => {
    expect(start.get('A')).toEqual({ q: 0, r: 0 });
    expect(start.get('B')).toEqual({ q: 2, r: 0 });
  });

  it.each([
    ['hill climbing alone', 0],
    ['annealing then hill climbing', 2000],
  ])('brings the two together with %s', (_label, steps) => {
    const { cells } = repairNeighbours(problem, {
      seed: 1,
      steps,
      startTemperature: 1,
      endTemperature: 0.05,
      radius: 2,
    });
    expect(countBorders(cells, borders).kept).toHaveLength(1);
  });

  it('stays put when displacement costs more than the border is worth', () => {
    const { cells } = repairNeighbours(
      { ...problem, weights: { ...problem.weights, displacementWeight: 5 } },
      { seed: 1, steps: 0, startTemperature: 1, endTemperature: 0.05, radius: 2 },
    );
    expect(cells).toEqual(start);
  });

  it('gives the same answer for the same seed', () => {
    const options = { seed: 3, steps: 2000, startTemperature: 1, endTemperature: 0.05, radius: 2 };
    expect(repairNeighbours(problem, options)).toEqual(repairNeighbours(problem, options));
  });
});
