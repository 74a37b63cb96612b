import { parseFeed } from '../domain/feed/parse-feed';
import { expectCountsReconcile, expectParsed } from './feed-parse-assertions';
import { editFeed } from './fixtures/feeds/edit-feed';
import type { FeedEdit } from './fixtures/feeds/edit-feed';
import { measuredFeed } from './fixtures/feeds/measured-feed';

/** Plants the edits in the measured feed: the parse, and every error as [table, path, reason]. */
export function measureErrors(...edits: FeedEdit[]) {
  const parsed = expectParsed(parseFeed(editFeed(measuredFeed, ...edits)));
  expectCountsReconcile(parsed);
  const errors = parsed.issues.filter((issue) => issue.severity === 'error');
  return { parsed, errors: errors.map((issue) => [issue.table, issue.path, issue.reason]) };
}
