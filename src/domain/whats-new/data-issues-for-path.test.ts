import { describe, expect, it } from 'vitest';
import { dataIssuesForPath } from './data-issues-for-path';
import { entry } from './whats-new-fixtures';

const ENTRIES = [
  entry({
    id: 'issue',
    category: 'data-issue',
    affects: { routes: ['/', '/divides'], systems: ['E54000036'] },
  }),
  entry({ id: 'issue-no-affects', category: 'data-issue' }),
  // Only data issues warn about a page's figures: a feature naming a page shows nothing there.
  entry({ id: 'feature', category: 'new-feature', affects: { routes: ['/'] } }),
];

describe('dataIssuesForPath', () => {
  it.each([
    { path: '/', expected: ['issue'] },
    { path: '/divides', expected: ['issue'] },
    { path: '/divides/', expected: ['issue'] },
    { path: '/systems', expected: [] },
    { path: '/standards', expected: [] },
    { path: '/systems/E54000036', expected: ['issue'] },
    { path: '/systems/e54000036', expected: ['issue'] },
    { path: '/systems/E54000036/report', expected: ['issue'] },
    { path: '/systems/E54000008', expected: [] },
    { path: '/systems/E54000036/other', expected: [] },
    { path: '/systems/%E0%A4%A', expected: [] },
  ])('$path', ({ path, expected }) => {
    expect(dataIssuesForPath(ENTRIES, path).map((item) => item.id)).toEqual(expected);
  });
});
