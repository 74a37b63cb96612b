import { describe, expect, it } from 'vitest';
import { WhatsNewSchema } from '../../domain/whats-new/whats-new-schema';
import { WHATS_NEW_ENTRIES } from './whats-new-entries';

describe('WHATS_NEW_ENTRIES', () => {
  it('passes the schema: unique ids, real days, newest first', () => {
    const result = WhatsNewSchema.safeParse(WHATS_NEW_ENTRIES);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has every category a reader can filter on', () => {
    const categories = new Set(WHATS_NEW_ENTRIES.map((entry) => entry.category));
    expect([...categories].sort()).toEqual([
      'data-issue',
      'data-update',
      'method-change',
      'new-feature',
    ]);
  });
});
