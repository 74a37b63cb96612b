import { describe, expect, it } from 'vitest';
import { minimalCatalogue, SYSTEMS } from '../../testing/fixtures/mesh/minimal-mesh';
import {
  grants,
  outcomeFor as loaded,
  outcomesWithUnreachable,
  reference,
} from '../../testing/fixtures/mesh/minimal-mesh-checked';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { parseFeed } from '../feed/parse-feed';
import { mergeMesh } from './merge-mesh';
import { grantOwnership } from './ownership';
import { productState } from './product-outcome';
import type { ProductOutcome } from './product-outcome';

describe('mergeMesh', () => {
  it('gives back the single feed when every product loads', () => {
    const merged = mergeMesh(
      reference,
      SYSTEMS.map((system) => loaded(system)),
      grants,
    );
    const single = parseFeed(minimalFeed);
    if (!single.ok) throw new Error('the minimal feed must parse');
    const key = (row: { system: string; period: string }) => JSON.stringify(row);
    expect(merged.feed.observations.map(key).sort()).toEqual(
      single.feed.observations.map(key).sort(),
    );
    expect(merged.feed.technology).toHaveLength(single.feed.technology.length);
    expect(merged.products).toEqual({ loaded: 4, total: 4 });
    expect([...merged.sources.values()].every((source) => source.kind === 'product')).toBe(true);
  });

  it('leaves an unreachable product’s system with no rows and a reason, never zero', () => {
    const outcomes = outcomesWithUnreachable('S2');
    const merged = mergeMesh(reference, outcomes, grants);
    expect(merged.feed.observations.some((row) => row.system === 'S2')).toBe(false);
    expect(merged.sources.get('S2')).toEqual({
      kind: 'unavailable',
      product: 'ics-s2',
      reason: 'HTTP 404 Not Found',
    });
    expect(merged.products).toEqual({ loaded: 3, total: 4 });
  });

  it('says a system no product owns is unowned', () => {
    const catalogue = minimalCatalogue();
    catalogue.products = catalogue.products.filter((entry) => entry.id !== 'ics-s4');
    const fewer = grantOwnership(catalogue);
    const merged = mergeMesh(reference, [], fewer);
    expect(merged.sources.get('S4')).toEqual({ kind: 'unowned' });
  });
});

describe('productState', () => {
  const onTime = {
    state: 'on-time',
    expected: '2026-Q2',
    latest: '2026-Q2',
    owed: null,
    dueDate: null,
    days: null,
  } as const;
  it.each([
    [{ kind: 'pending', id: 'x' } as const, onTime, 'pending'],
    [{ kind: 'unreachable', id: 'x', reason: 'timed out' } as const, onTime, 'unreachable'],
    [
      {
        kind: 'unusable',
        id: 'x',
        check: { ok: false, id: 'x', kind: 'incompatible', fatal: { path: '$', reason: '' } },
      } as const,
      onTime,
      'incompatible',
    ],
    [
      {
        kind: 'unusable',
        id: 'x',
        check: { ok: false, id: 'x', kind: 'failed', fatal: { path: '$', reason: '' } },
      } as const,
      onTime,
      'failed',
    ],
  ])('%j is %s', (outcome, freshness, state) => {
    expect(productState(outcome, freshness)).toBe(state);
  });

  it('puts missed before late before rejected rows', () => {
    const outcome = loaded('S1');
    if (outcome.kind !== 'loaded') throw new Error('loaded');
    const withRejects: ProductOutcome = {
      ...outcome,
      check: {
        ...outcome.check,
        counts: { ...outcome.check.counts, technology: { read: 2, accepted: 1, rejected: 1 } },
      },
    };
    expect(productState(withRejects, { ...onTime, state: 'missed' })).toBe('missed');
    expect(productState(withRejects, { ...onTime, state: 'late' })).toBe('late');
    expect(productState(withRejects, onTime)).toBe('rejected-rows');
    expect(productState(outcome, onTime)).toBe('ok');
  });
});
