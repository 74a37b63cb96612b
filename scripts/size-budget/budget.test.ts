import { describe, expect, it } from 'vitest';
import { GOAL_BYTES, formatTable, judgeRoute } from './budget';

describe('judgeRoute', () => {
  it.each([
    ['under the goal', 120_000, undefined, 150_000, 'ok'],
    ['exactly the goal', 150_000, undefined, 150_000, 'ok'],
    ['one byte over the goal', 150_001, undefined, 150_000, 'over budget'],
    ['over the goal, within its ceiling', 170_000, 178_500, 178_500, 'goal not met'],
    ['at its ceiling', 178_500, 178_500, 178_500, 'goal not met'],
    ['past its ceiling', 178_501, 178_500, 178_500, 'over budget'],
    ['under the goal with a ceiling', 149_000, 178_500, 178_500, 'ok'],
  ])('%s', (_name, bytes, ceilingBytes, budgetBytes, verdict) => {
    const budget = { path: '/', page: 'src/p.tsx', ceilingBytes };
    expect(judgeRoute({ path: '/', bytes, files: 3 }, budget)).toEqual({
      path: '/',
      bytes,
      files: 3,
      budgetBytes,
      verdict,
    });
  });

  it('has the goal of issue 15', () => {
    expect(GOAL_BYTES).toBe(150_000);
  });
});

describe('formatTable', () => {
  it('prints one aligned line per route in kB', () => {
    const table = formatTable([
      { path: '/', bytes: 123_456, files: 7, budgetBytes: 150_000, verdict: 'ok' },
      { path: '/divides', bytes: 160_000, files: 12, budgetBytes: 150_000, verdict: 'over budget' },
    ]);
    expect(table.split('\n')).toEqual([
      'route     first-view JS (gzip)  scripts  budget    verdict',
      '/         123.5 kB              7        150.0 kB  ok',
      '/divides  160.0 kB              12       150.0 kB  over budget',
    ]);
  });
});
