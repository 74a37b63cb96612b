import { describe, expect, it } from 'vitest';
import { figuresOf, formatWebTable, missedGoals } from './web-report';
import type { LighthouseResult, WebRun } from './web-report';

const lhr: LighthouseResult = {
  categories: {
    performance: { score: 0.874 },
    accessibility: { score: 1 },
    'best-practices': { score: 0.96 },
  },
  audits: {
    'cumulative-layout-shift': { numericValue: 0.0412 },
    'total-blocking-time': { numericValue: 1234.4 },
  },
};

const good: WebRun = {
  url: '/',
  formFactor: 'mobile',
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  cls: 0.049,
  tbtMs: 120,
  firstViewJs: 150_000,
};

describe('figuresOf', () => {
  it('reads scores as whole percentages and the two metrics as numbers', () => {
    expect(figuresOf(lhr)).toEqual({
      performance: 87,
      accessibility: 100,
      bestPractices: 96,
      cls: 0.0412,
      tbtMs: 1234.4,
    });
  });

  it('gives null for what a failed run lacks', () => {
    const failed = { categories: { performance: { score: null } }, audits: {} };
    expect(figuresOf(failed)).toEqual({
      performance: null,
      accessibility: null,
      bestPractices: null,
      cls: null,
      tbtMs: null,
    });
  });
});

describe('missedGoals', () => {
  it.each([
    ['every goal just met', {}, []],
    ['performance 94 on mobile', { performance: 94 }, ['performance']],
    [
      'performance 94 on desktop (judged on mobile only)',
      { performance: 94, formFactor: 'desktop' },
      [],
    ],
    ['accessibility 99', { accessibility: 99 }, ['accessibility']],
    ['best practices 96', { bestPractices: 96 }, ['best practices']],
    ['CLS exactly 0.05', { cls: 0.05 }, ['CLS']],
    ['one byte of JS too many', { firstViewJs: 150_001 }, ['first-view JS']],
    [
      'a run that measured nothing',
      { performance: null, accessibility: null, bestPractices: null, cls: null, firstViewJs: null },
      ['performance', 'accessibility', 'best practices', 'CLS', 'first-view JS'],
    ],
  ] as [string, Partial<WebRun>, string[]][])('%s', (_name, change, missed) => {
    expect(missedGoals({ ...good, ...change })).toEqual(missed);
  });
});

describe('formatWebTable', () => {
  it('prints one aligned line per run', () => {
    const table = formatWebTable([
      good,
      { ...good, url: '/divides', performance: 21, cls: 0.706, tbtMs: 2747, firstViewJs: 321_800 },
    ]);
    expect(table.split('\n')).toEqual([
      'route     preset  perf  a11y  best pr.  CLS    TBT       JS (gzip)  missed',
      '/         mobile  95    100   100       0.049  120 ms    150.0 kB   -',
      '/divides  mobile  21    100   100       0.706  2,747 ms  321.8 kB   performance, CLS, first-view JS',
    ]);
  });
});
