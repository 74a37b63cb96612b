import type { Feed } from '../domain/feed/feed-schema';
import type {
  FeedRowsPart,
  FeedWorkerReply,
  ScoresPeriodPart,
  SlicedTable,
} from './feed-worker-messages';

/**
 * A decoded feed crosses from the worker to the page in parts. A browser rebuilds a posted message
 * in one task on the receiving thread: a 478,000-observation feed sent whole froze the page for
 * 2.7-4 s. Sent as slices of rows, each slice is its own short task and the page keeps answering;
 * slices of 5,000 rows still took 100-345 ms each (with garbage collection) in the big-feed bench.
 */
export const ROWS_PER_PART = 2_000;

/** The feed's row tables that can be long enough to be worth slicing. */
const SLICED_TABLES: readonly SlicedTable[] = ['observations', 'technology', 'measurements'];

/**
 * The messages to post for one reply, in order: a decoded feed's long tables as slices, then the
 * reply itself with those tables empty. Any other reply is posted as it is.
 */
export function toReplyParts(
  reply: FeedWorkerReply,
  rowsPerPart = ROWS_PER_PART,
): (FeedWorkerReply | FeedRowsPart | ScoresPeriodPart)[] {
  if (reply.kind === 'scores') return scoresParts(reply);
  if (reply.kind !== 'decoded') return [reply];
  const { feed } = reply.loaded;
  const sliced = SLICED_TABLES.filter((table) => feed[table].length > rowsPerPart);
  const total = sliced.reduce((sum, table) => sum + feed[table].length, 0);
  const parts: FeedRowsPart[] = [];
  const emptied: Partial<Pick<Feed, SlicedTable>> = {};
  for (const table of sliced) {
    const rows = feed[table];
    for (let start = 0; start < rows.length; start += rowsPerPart) {
      const slice = rows.slice(start, start + rowsPerPart);
      parts.push({ kind: 'feed-rows', table, rows: slice, total });
    }
    emptied[table] = [];
  }
  if (parts.length === 0) return [reply];
  return [...parts, { ...reply, loaded: { ...reply.loaded, feed: { ...feed, ...emptied } } }];
}

/** A scores reply as one part per period, oldest first, then the reply with no periods. */
function scoresParts(
  reply: Extract<FeedWorkerReply, { kind: 'scores' }>,
): (FeedWorkerReply | ScoresPeriodPart)[] {
  const periods = Object.entries(reply.scores.byPeriod);
  if (periods.length < 2) return [reply];
  const parts: ScoresPeriodPart[] = periods.map(([period, scores]) => ({
    kind: 'scores-period',
    period,
    scores,
  }));
  return [...parts, { ...reply, scores: { ...reply.scores, byPeriod: {} } }];
}

/** Texts longer than this are rarely repeated (a note, a URL) and are left as they came. */
const SHARED_TEXT_MAX_LENGTH = 64;

/**
 * Makes each short text in the row the one copy kept in `pool`. A message is rebuilt with a new
 * string for every text in it, so 478,000 observations arrived as 1.9 million strings holding a
 * few thousand values (the system, standard, period and status ids); the page's heap was 67 MB
 * larger in Node, and its garbage collector, which walks every live string, paused the page for
 * 100-500 ms at a time while the feed came in and after. The copies now die young instead.
 */
function shareTexts(row: Record<string, unknown>, pool: Map<string, string>): void {
  for (const key in row) {
    const value = row[key];
    if (typeof value !== 'string' || value.length > SHARED_TEXT_MAX_LENGTH) continue;
    const kept = pool.get(value);
    if (kept === undefined) pool.set(value, value);
    else row[key] = kept;
  }
}

/**
 * Rows of each sliced table, appended as their parts arrive, so each part's rows are placed in the
 * part's own task and the reply that completes them does not walk every row again in one task.
 */
export function rowsCollector() {
  const tables = new Map<SlicedTable, unknown[]>();
  const pool = new Map<string, string>();
  let received = 0;
  const periods: [string, ScoresPeriodPart['scores']][] = [];
  return {
    /** Keeps one period of a scores reply, in the order it came. */
    addPeriod({ period, scores }: ScoresPeriodPart): void {
      periods.push([period, scores]);
    },
    /** Adds a part's rows; returns how many rows of the reply have arrived so far. */
    add({ table, rows }: FeedRowsPart): number {
      const list = tables.get(table) ?? [];
      for (const row of rows) {
        shareTexts(row, pool);
        list.push(row);
      }
      tables.set(table, list);
      received += rows.length;
      return received;
    },
    /** The reply the parts came from: each sliced table refilled, in order, in its own place. */
    finish(last: FeedWorkerReply): FeedWorkerReply {
      if (last.kind === 'scores' && periods.length > 0) {
        const byPeriod = { ...Object.fromEntries(periods), ...last.scores.byPeriod };
        return { ...last, scores: { ...last.scores, byPeriod } };
      }
      if (tables.size === 0 || last.kind !== 'decoded') return last;
      const feed: Feed = { ...last.loaded.feed, ...Object.fromEntries(tables) };
      return { ...last, loaded: { ...last.loaded, feed } };
    },
  };
}

/** The reply the parts came from: each sliced table refilled, in order, in its own place. */
export function joinReplyParts(parts: readonly FeedRowsPart[], last: FeedWorkerReply) {
  const collector = rowsCollector();
  for (const part of parts) collector.add(part);
  return collector.finish(last);
}
