import { describe, expect, it } from 'vitest';
import { periodDueDate } from './period-due';
import type { ProductSla } from './product-schema';

const sla = (frequency: ProductSla['frequency'], latencyDays: number): ProductSla => ({
  frequency,
  latencyDays,
});

describe('periodDueDate', () => {
  it.each<[string, ProductSla, string | null]>([
    // August has 31 days: 2025-08-31 + 30 days = 2025-09-30
    ['2025-08', sla('monthly', 30), '2025-09-30'],
    // February 2024 has 29 days: 2024-02-29 + 1 = 2024-03-01
    ['2024-02', sla('monthly', 1), '2024-03-01'],
    ['2025-12', sla('monthly', 0), '2025-12-31'],
    // A financial year ends on 31 March: 2026-03-31 + 60 = 2026-05-30
    ['2025/26', sla('annual', 60), '2026-05-30'],
    // 2026-06-30 + 14 = 2026-07-14, as for quarters before 1.2
    ['2026-Q2', sla('quarterly', 14), '2026-07-14'],
    ['2025-08', sla('annual', 60), null],
    ['2025/27', sla('annual', 60), null],
    ['August', sla('monthly', 30), null],
  ])('%s under %o is due %s', (period, rule, due) => {
    expect(periodDueDate(period, rule)).toBe(due);
  });
});
