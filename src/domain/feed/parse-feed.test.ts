import { describe, expect, it } from 'vitest';
import { expectCountsReconcile, expectParsed } from '../../testing/feed-parse-assertions';
import { editFeed } from '../../testing/fixtures/feeds/edit-feed';
import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';
import { FEED_TABLES } from './feed-issues';
import { parseFeed } from './parse-feed';

const parse = (...edits: Parameters<typeof editFeed>[1][]) =>
  expectParsed(parseFeed(editFeed(minimalFeed, ...edits)));

describe('parseFeed on a valid feed', () => {
  it('accepts every row and reports nothing', () => {
    const result = parse();
    expect(result.issues).toEqual([]);
    expect(result.feed).toEqual(minimalFeed);
    expect(result.counts).toEqual({
      regions: { read: 2, accepted: 2, rejected: 0 },
      systems: { read: 4, accepted: 4, rejected: 0 },
      crosswalk: { read: 1, accepted: 1, rejected: 0 },
      adjacency: { read: 4, accepted: 4, rejected: 0 },
      categories: { read: 2, accepted: 2, rejected: 0 },
      standards: { read: 3, accepted: 3, rejected: 0 },
      periods: { read: 3, accepted: 3, rejected: 0 },
      observations: { read: 25, accepted: 25, rejected: 0 },
      technology: { read: 2, accepted: 2, rejected: 0 },
      measures: { read: 0, accepted: 0, rejected: 0 },
      measurements: { read: 0, accepted: 0, rejected: 0 },
    });
  });

  it('applies the schema defaults to accepted rows', () => {
    const result = parse(
      { remove: ['geography', 'systems', 3, 'codeProvisional'] },
      { remove: ['geography', 'systems', 3, 'validTo'] },
      { remove: ['metadata', 'sourceNotes'] },
      { remove: ['geography', 'crosswalk'] },
      { remove: ['geography', 'adjacency'] },
      { remove: ['observations'] },
      { remove: ['technology'] },
    );
    expect(result.feed.geography.systems[3]).toMatchObject({
      codeProvisional: false,
      validTo: null,
    });
    expect(result.feed.metadata.sourceNotes).toEqual([]);
    expect(result.feed.geography.crosswalk).toEqual([]);
    expect(result.feed.observations).toEqual([]);
    expect(result.counts.observations).toEqual({ read: 0, accepted: 0, rejected: 0 });
  });

  it('keeps text as text: markup is neither stripped nor interpreted', () => {
    const note = '<b>Live</b> & <script>alert("x")</script> in 3 of 4 trusts';
    const result = parse({ set: ['observations', 0, 'note'], to: note });
    expect(result.feed.observations[0]?.note).toBe(note);
  });

  it('trims text and finds references through the trimmed value', () => {
    const result = parse({ set: ['observations', 0, 'system'], to: '  S1 ' });
    expect(result.issues).toEqual([]);
    expect(result.feed.observations[0]?.system).toBe('S1');
  });

  it('ignores unknown fields, including __proto__, without polluting prototypes', () => {
    const result = parse(
      { set: ['observations', 0, 'confidence'], to: 'high' },
      { set: ['observations', 0, '__proto__'], to: { polluted: true } },
      { set: ['__proto__'], to: { polluted: true } },
    );
    expect(result.issues).toEqual([]);
    expect(Object.keys(result.feed.observations[0] ?? {})).toEqual([
      'system',
      'standard',
      'period',
      'status',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows coverage with any status: it is not second-guessed', () => {
    const result = parse({ set: ['observations', 7, 'coverage'], to: 0.9 });
    expect(result.issues).toEqual([]);
    expect(result.feed.observations[7]).toMatchObject({ status: 'not-started', coverage: 0.9 });
  });

  it('accepts crosswalk shares within 0.001 of 1', () => {
    const result = parse({
      set: ['geography', 'crosswalk', 0, 'to', 0, 'populationShare'],
      to: 0.401,
    });
    expect(result.issues).toEqual([]);
  });

  it('accepts ids that look like prototype keys', () => {
    const result = parse(
      { push: ['geography', 'regions'], rows: [{ code: '__proto__', name: 'Odd' }] },
      { push: ['geography', 'regions'], rows: [{ code: 'constructor', name: 'Odder' }] },
    );
    expect(result.issues).toEqual([]);
    expect(result.counts.regions).toEqual({ read: 4, accepted: 4, rejected: 0 });
  });
});

describe('parseFeed: the first row with an id wins', () => {
  it('keeps the first of two observations for the same system, standard and period', () => {
    const result = parse({
      push: ['observations'],
      rows: [{ system: 'S1', standard: 'nhs-number', period: '2025-Q4', status: 'planned' }],
    });
    expect(result.feed.observations[0]?.status).toBe('live');
    expect(result.feed.observations).toHaveLength(25);
  });

  it('keeps the first system with a code and attaches later rows to it', () => {
    const copy = { ...minimalFeed.geography.systems[0], name: 'Impostor' };
    const result = parse({ push: ['geography', 'systems'], rows: [copy] });
    expect(result.feed.geography.systems.map((s) => s.name)).not.toContain('Impostor');
    expect(result.counts.observations.rejected).toBe(0);
  });

  it('lets a later valid row take an id whose first row was broken', () => {
    const result = parse(
      { set: ['observations', 0, 'coverage'], to: 2 },
      {
        push: ['observations'],
        rows: [{ system: 'S1', standard: 'nhs-number', period: '2025-Q4', status: 'planned' }],
      },
    );
    expect(result.counts.observations).toEqual({ read: 26, accepted: 25, rejected: 1 });
    expect(result.issues.map((issue) => issue.path)).toEqual(['$.observations[0].coverage']);
  });
});

describe('parseFeed finds duplicate observations however sparse the feed', () => {
  it('in a feed with far more system x standard x period cells than rows', () => {
    // 300 systems x 300 standards x 3 periods = 270,000 cells for 27 rows.
    const systems = Array.from({ length: 300 }, (_, i) => ({
      ...minimalFeed.geography.systems[0],
      code: `X${i}`,
    }));
    const standards = Array.from({ length: 300 }, (_, i) => ({
      ...minimalFeed.standards[0],
      id: `std-${i}`,
    }));
    const row = { system: 'X299', standard: 'std-299', period: '2026-Q2', status: 'live' };
    const result = parse(
      { push: ['geography', 'systems'], rows: systems },
      { push: ['standards'], rows: standards },
      { push: ['observations'], rows: [row, { ...row, status: 'planned' }] },
    );
    expect(result.issues.map((issue) => [issue.path, issue.reason])).toEqual([
      [
        '$.observations[26]',
        'Duplicate observation for X299 / std-299 / 2026-Q2: the first is at $.observations[25] and is the one kept',
      ],
    ]);
  });
});

describe('parseFeed: rejection cascades in dependency order', () => {
  it('rejects the standards of a rejected category, then their observations', () => {
    const result = parse({ set: ['categories', 1, 'defaultWeight'], to: 200 });
    // transfers holds e-rs (9 observations) and bars (7 observations).
    expect(result.counts.categories).toEqual({ read: 2, accepted: 1, rejected: 1 });
    expect(result.counts.standards).toEqual({ read: 3, accepted: 1, rejected: 2 });
    expect(result.counts.observations).toEqual({ read: 25, accepted: 9, rejected: 16 });
    expect(result.issues[1]).toEqual({
      severity: 'error',
      table: 'standards',
      path: '$.standards[1].categoryId',
      reason:
        'Category "transfers" was rejected (see $.categories[1]), so this standard is rejected too',
    });
    expect(result.issues[3]?.reason).toBe(
      'Standard "e-rs" was rejected (see $.standards[1]), so this observation is rejected too',
    );
    expectCountsReconcile(result);
  });

  it('rejects what refers to a system whose region is unknown', () => {
    const result = parse({ set: ['geography', 'systems', 3, 'regionCode'], to: 'R9' });
    // S4 appears in the crosswalk, in two adjacency pairs and in two observations.
    expect(result.counts.systems.rejected).toBe(1);
    expect(result.counts.crosswalk.rejected).toBe(1);
    expect(result.counts.adjacency.rejected).toBe(2);
    expect(result.counts.observations.rejected).toBe(2);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      '$.geography.systems[3].regionCode',
      '$.geography.crosswalk[0].to[1].code',
      '$.geography.adjacency[2].b',
      '$.geography.adjacency[3].b',
      '$.observations[23].system',
      '$.observations[24].system',
    ]);
    expectCountsReconcile(result);
  });

  it('rejects observations of a period listed out of order', () => {
    const result = parse({ set: ['periods'], to: ['2025-Q4', '2026-Q2', '2026-Q1'] });
    expect(result.feed.periods).toEqual(['2025-Q4', '2026-Q2']);
    expect(result.counts.observations).toEqual({ read: 25, accepted: 16, rejected: 9 });
    expect(result.issues[1]?.reason).toBe(
      'Period "2026-Q1" was rejected (see $.periods[2]), so this observation is rejected too',
    );
  });
});

describe('parseFeed never throws and always reports every table', () => {
  it.each<[string, unknown]>([
    ['huge numbers', { set: ['observations', 0, 'coverage'], to: 1e308 }],
    ['a very long string', { set: ['observations', 0, 'note'], to: 'x'.repeat(100_000) }],
    ['an array row', { set: ['geography', 'systems', 0], to: [1, 2] }],
  ])('%s', (_name, edit) => {
    const result = parse(edit as Parameters<typeof editFeed>[1]);
    expect(Object.keys(result.counts).sort()).toEqual([...FEED_TABLES].sort());
    expectCountsReconcile(result);
  });

  it('copes with a deeply nested value', () => {
    const row = { ...minimalFeed.observations[0], system: nested(10_000) };
    const result = expectParsed(parseFeed({ ...minimalFeed, observations: [row] }));
    expect(result.issues.map((issue) => issue.reason)).toEqual([
      'system must be non-empty text of at most 40 characters, got an object',
    ]);
  });

  it('shows at most 60 characters of a long bad value', () => {
    const result = parse({ set: ['observations', 0, 'note'], to: 'x'.repeat(2000) });
    expect(result.issues[0]?.reason).toBe(
      `note must be non-empty text of at most 1000 characters, got "${'x'.repeat(59)}…"`,
    );
  });
});

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { inner: [value] };
  return value;
}
