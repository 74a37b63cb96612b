import { describe, expect, it } from 'vitest';
import topology from '../../testing/fixtures/boundaries/three-areas.topo.json';
import { boundariesFromJson } from './boundaries';
import type { BoundaryFeature } from './boundaries';
import { boundaryPaths } from './boundary-paths';

const parsed = boundariesFromJson(topology);
const features: BoundaryFeature[] = parsed.ok ? parsed.features : [];

/** The x,y pairs in an SVG path made of M, L and Z commands (what d3-geo writes for polygons). */
function points(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi) ?? []).map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}

const meanY = (d: string) => {
  const ys = points(d).map(([, y]) => y);
  return ys.reduce((sum, y) => sum + y, 0) / ys.length;
};

describe('boundaryPaths', () => {
  it('draws one path per area, in input order', () => {
    const paths = boundaryPaths(features, 400, 300);
    expect(paths.map((p) => p.code)).toEqual(['E54000008', 'E54000010', 'E54000011']);
    expect(paths.every((p) => /^M[^M]*Z/.test(p.d))).toBe(true);
  });

  it.each([
    [400, 300],
    [300, 400],
    [640, 640],
  ])('keeps every point inside a %i x %i box and fills it on one axis', (width, height) => {
    const all = boundaryPaths(features, width, height).flatMap((p) => points(p.d));
    expect(all.length).toBeGreaterThan(0);
    for (const [x, y] of all) {
      expect(x).toBeGreaterThanOrEqual(1 - 1e-3);
      expect(x).toBeLessThanOrEqual(width - 1 + 1e-3);
      expect(y).toBeGreaterThanOrEqual(1 - 1e-3);
      expect(y).toBeLessThanOrEqual(height - 1 + 1e-3);
    }
    const maxX = Math.max(...all.map(([x]) => x));
    const maxY = Math.max(...all.map(([, y]) => y));
    expect(Math.abs(maxX - (width - 1)) < 0.01 || Math.abs(maxY - (height - 1)) < 0.01).toBe(true);
  });

  it('puts north at the top: the northern area is drawn above the southern two', () => {
    const [north, southEast, southWest] = boundaryPaths(features, 400, 300);
    expect(meanY(north!.d)).toBeLessThan(meanY(southEast!.d));
    expect(meanY(north!.d)).toBeLessThan(meanY(southWest!.d));
  });

  it('is deterministic', () => {
    expect(boundaryPaths(features, 400, 300)).toEqual(boundaryPaths(features, 400, 300));
  });

  it.each([
    ['no areas', [], 400, 300],
    ['a zero width', features, 0, 300],
    ['a negative height', features, 400, -1],
    ['a width that is not a number', features, Number.NaN, 300],
  ])('returns nothing for %s', (_name, input, width, height) => {
    expect(boundaryPaths(input, width, height)).toEqual([]);
  });
});
