import { describe, expect, it } from 'vitest';
import { quarterIndex } from './quarter-index';

describe('quarterIndex', () => {
  it('numbers consecutive quarters consecutively, across a year end', () => {
    const q4 = quarterIndex('2025-Q4');
    expect(quarterIndex('2026-Q1')).toBe((q4 ?? 0) + 1);
    expect(quarterIndex('2026-Q4')).toBe((q4 ?? 0) + 4);
  });

  it.each(['2025-Q5', '2025Q1', '', 'Q1-2025'])('rejects %j', (period) => {
    expect(quarterIndex(period)).toBeNull();
  });
});
