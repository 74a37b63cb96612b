import { describe, expect, it } from 'vitest';
import { productFor } from '../../testing/fixtures/mesh/minimal-mesh';
import {
  catalogue,
  outcomeFor as loaded,
  reference,
} from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { meshReport } from './mesh-report';
import type { ProductOutcome } from './product-outcome';
import { rollUp, statusBoard } from './status-board';

// The minimal products have a 30-day SLA; its quarters run to 2026-Q2, due 30 July 2026.
function board(outcomes: ProductOutcome[], today = '2026-08-15') {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  const report = meshReport(catalogue, [], reference, byId, today);
  return { report, rows: statusBoard(report, byId, reference) };
}

describe('statusBoard', () => {
  it('gives each product its state, counts, completeness and checks', () => {
    const s2 = productFor('S2');
    s2.observations.push({ ...productFor('S1').observations[0], system: 'S1' });
    const { rows, report } = board([
      loaded('S1'),
      loaded('S2', s2),
      { kind: 'unreachable', id: 'ics-s3', reason: 'HTTP 404 Not Found' },
      loaded('S4', {
        ...productFor('S4'),
        metadata: { ...productFor('S4').metadata, schemaVersion: '2.0' },
      }),
    ]);
    const [s1Row, s2Row, s3Row, s4Row] = rows;
    // S1: 3 standards x 1 system in 2026-Q2, all present; 9 observations + 1 technology row.
    expect(s1Row).toMatchObject({
      systems: ['West Hills'],
      rows: { read: 10, accepted: 10, rejected: 0 },
    });
    expect(s1Row?.report.state).toBe('ok');
    expect(s1Row?.completeness).toEqual({ period: '2026-Q2', expected: 3, present: 3, share: 1 });
    expect(s1Row?.tally).toEqual({ passed: 7, failed: 0, unjudged: 0 });
    // S2 ended in 2026-Q1 (merged into S3 and S4), so it owes no 2026-Q2 rows; one row is not its own.
    expect(s2Row?.report.state).toBe('rejected-rows');
    expect(s2Row?.report.freshness?.state).toBe('on-time');
    expect(s2Row?.rows).toEqual({ read: 6, accepted: 5, rejected: 1 });
    expect(s2Row?.checks.find((check) => check.id === 'ownership')?.passed).toBe(false);
    expect(s3Row?.tally).toEqual({ passed: 0, failed: 1, unjudged: 6 });
    expect(s4Row?.report.state).toBe('incompatible');
    expect(s4Row?.tally).toEqual({ passed: 1, failed: 1, unjudged: 5 });
    expect(rollUp(report)).toBe(
      '1 product on another contract version, 1 product unreachable, 1 product has rejected rows',
    );
  });

  it('calls a product late when its latest due quarter is missing, and fails the on-time check', () => {
    const s1 = productFor('S1');
    s1.observations = s1.observations.filter((row) => row.period !== '2026-Q2');
    s1.technology = [];
    // 2026-Q2 ended 30 June; with a 30-day SLA it was due 30 July, 16 days before 15 August.
    const { rows } = board([loaded('S1', s1)]);
    expect(rows[0]?.report.state).toBe('late');
    expect(rows[0]?.checks.find((check) => check.id === 'on-time')).toMatchObject({
      passed: false,
      detail: '2026-Q2 was due on 2026-07-30, 16 days ago',
    });
  });

  it('says nothing in the roll-up when every product is healthy', () => {
    const { report } = board(
      ['S1', 'S2', 'S3', 'S4'].map((system) => loaded(system)),
      '2026-07-20',
    );
    expect(report.summary.states.ok).toBe(4);
    expect(rollUp(report)).toBeNull();
  });
});
