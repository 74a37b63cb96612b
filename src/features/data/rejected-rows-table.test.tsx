import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeedIssue } from '../../domain/feed/parse-feed';
import { qualityCaption, RejectedRowsTable } from './rejected-rows-table';

const error = (path: string): FeedIssue => ({
  severity: 'error',
  table: 'observations',
  path,
  reason: 'x',
});
const warning = (path: string): FeedIssue => ({
  severity: 'warning',
  table: 'systems',
  path,
  reason: 'y',
});
/** `count` rows with one problem each, from row `from`. */
const rows = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => error(`$.observations[${from + i}].status`));

describe('qualityCaption', () => {
  it.each<[string, FeedIssue[], string]>([
    ['one row, one problem', [error('$.observations[0].status')], '1 row rejected and 0 warnings'],
    [
      'one row with two problems',
      [error('$.observations[0].status'), error('$.observations[0].coverage')],
      '1 row rejected (2 problems) and 0 warnings',
    ],
    ['warnings only', [warning('$.geography.systems[3]')], '0 rows rejected and 1 warning'],
    [
      'the issue 18 feed: 1,381 rows, 21 of them with a second problem',
      [
        ...rows(1381),
        ...Array.from({ length: 21 }, (_, i) => error(`$.observations[${i}].coverage`)),
        warning('$.metadata.generatedAt'),
        warning('$.standards[2]'),
      ],
      '1,381 rows rejected (1,402 problems) and 2 warnings',
    ],
    [
      'problems in different tables at the same index are different rows',
      [error('$.observations[0].status'), error('$.technology[0].component')],
      '2 rows rejected and 0 warnings',
    ],
  ])('%s', (_name, issues, caption) => {
    expect(qualityCaption(issues)).toBe(caption);
  });
});

describe('RejectedRowsTable', () => {
  it('names the table by rows and problems, and says when only some are listed', () => {
    const issues = [...rows(600), error('$.observations[0].coverage')];
    render(<RejectedRowsTable issues={issues} />);
    expect(
      screen.getByRole('table', {
        name: '600 rows rejected (601 problems) and 0 warnings (the first 500 are listed; download all)',
      }),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing to report', () => {
    render(<RejectedRowsTable issues={[]} />);
    expect(
      screen.getByText('No rows were rejected and there are no warnings.'),
    ).toBeInTheDocument();
  });
});
