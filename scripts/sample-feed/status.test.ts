import { describe, expect, it } from 'vitest';
import { toReportedAdoption } from './status';

describe('toReportedAdoption', () => {
  it.each([
    [0, { status: 'not-started' }],
    [0.044, { status: 'not-started' }],
    [0.05, { status: 'planned' }],
    [0.099, { status: 'piloting', coverage: 0.1 }],
    [0.15, { status: 'piloting', coverage: 0.15 }],
    [0.2, { status: 'partial', coverage: 0.2 }],
    [0.964, { status: 'partial', coverage: 0.96 }],
    [0.966, { status: 'live', coverage: 0.97 }],
    [1, { status: 'live', coverage: 1 }],
    [1.2, { status: 'live', coverage: 1 }],
  ])('level %s is reported as %o', (level, expected) => {
    expect(toReportedAdoption(level)).toEqual(expected);
  });
});
