import { describe, expect, it } from 'vitest';
import { ADOPTION_STATUSES, STATUS_LABELS } from './adoption-statuses';

describe('ADOPTION_STATUSES', () => {
  it('runs from least to most adopted, as the contract lists them', () => {
    expect(ADOPTION_STATUSES).toEqual(['not-started', 'planned', 'piloting', 'partial', 'live']);
  });

  it('has a label for every status and no other', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...ADOPTION_STATUSES].sort());
  });
});
