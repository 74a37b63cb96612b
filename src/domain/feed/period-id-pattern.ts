/**
 * A calendar quarter such as `2025-Q3`: the feed contract's PeriodIdSchema and the `period` URL
 * parameter both test this, so the two cannot drift. Its own file so the page's URL code reads it
 * without the feed contract's schemas (and zod's full build, which those need).
 */
export const PERIOD_ID_PATTERN = /^\d{4}-Q[1-4]$/;
