import { describe, expect, it } from 'vitest';
import type { BorderScore } from '../divides/border-scores';
import { peerTestSystem as system } from '../../testing/fixtures/domain/peer-test-systems';
import { neighbourRows } from './neighbour-rows';
import { peerPanel } from './peer-panel';

describe('peerPanel', () => {
  // Same population, no area: only deprivation (10, 20, 30, 40, 50) counts; sd = √200 = 14.142.
  const systems = [10, 20, 30, 40, 50].map((imd, i) => system(`S${i + 1}`, 1e6, { imdScore: imd }));

  it('shows each peer with its figures and distance, marking the ones added', () => {
    // Default k = 6 would take all four others, so every one is default here.
    const panel = peerPanel(systems, 'S1', ['S2', 'S5'])!;
    expect(panel.own).toEqual({ population: 1e6, density: null, imdScore: 10 });
    expect(panel.rows.map((r) => [r.code, Number(r.distance?.toFixed(6)), r.isDefault])).toEqual([
      ['S2', 0.707107, true], // 10 / 14.142
      ['S5', 2.828427, true], // 40 / 14.142
    ]);
    expect(panel.candidates.map((c) => c.code)).toEqual(['S3', 'S4']);
  });

  it('drops unknown peers and the system itself; null for an unknown system', () => {
    expect(peerPanel(systems, 'S1', ['S1', 'ZZ', 'S3'])!.rows.map((r) => r.code)).toEqual(['S3']);
    expect(peerPanel(systems, 'ZZ', [])).toBeNull();
  });
});

describe('neighbourRows', () => {
  const border = (
    a: string,
    b: string,
    score: number | null,
    platforms: [string | null, string | null],
  ) =>
    ({
      a,
      b,
      score,
      liveOnBoth: score === null ? [] : ['nrl'],
      exchangeStandards: ['nrl', 'bars'],
      platforms: {
        a: platforms[0],
        b: platforms[1],
        same: platforms[0] === null || platforms[1] === null ? null : platforms[0] === platforms[1],
      },
    }) satisfies BorderScore;
  const systems = ['A', 'B', 'C', 'D'].map((code) => system(code, 1e6));

  it('gives the other side of each of the system borders, best connected first', () => {
    const rows = neighbourRows(
      [
        border('A', 'B', 40, ['P', 'P']),
        border('B', 'C', 70, ['P', 'Q']),
        border('C', 'D', 90, ['Q', 'Q']),
        border('B', 'D', null, ['P', null]),
      ],
      systems,
      'B',
    );
    expect(
      rows.map((r) => [
        r.code,
        r.score,
        r.liveOnBoth,
        r.ownPlatform,
        r.theirPlatform,
        r.samePlatform,
      ]),
    ).toEqual([
      ['C', 70, 1, 'P', 'Q', false],
      ['A', 40, 1, 'P', 'P', true],
      // No score (a side reported nothing): nothing counted live, not "0 of 2".
      ['D', null, null, 'P', null, null],
    ]);
  });

  it("says why for a side whose product gave no data, instead of '0 live' and 'not reported'", () => {
    const borders = [border('A', 'B', 0, ['P', null]), border('B', 'C', 70, ['P', 'Q'])];
    const loading = new Map([['A', 'Loading: a-product has not arrived yet']]);
    const rows = neighbourRows(borders, systems, 'B', loading);
    expect(rows.map((r) => [r.code, r.score, r.liveOnBoth, r.samePlatform, r.missing])).toEqual([
      ['C', 70, 1, false, null],
      ['A', null, null, null, 'Loading: a-product has not arrived yet'],
    ]);
    // The system's own product missing: every row says so.
    const own = new Map([['B', 'No data: b-product is unavailable (not found)']]);
    expect(neighbourRows(borders, systems, 'B', own).map((r) => [r.liveOnBoth, r.missing])).toEqual(
      [
        [null, 'No data: b-product is unavailable (not found)'],
        [null, 'No data: b-product is unavailable (not found)'],
      ],
    );
  });
});
