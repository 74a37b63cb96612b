import { describe, expect, it } from 'vitest';
import { WhatsNewSchema } from './whats-new-schema';
import { entry } from './whats-new-fixtures';

describe('WhatsNewSchema', () => {
  it.each([
    { name: 'newest first', entries: [entry({ id: 'b', date: '2026-12-06' }), entry()], ok: true },
    { name: 'empty log', entries: [], ok: false },
    { name: 'duplicate ids', entries: [entry(), entry()], ok: false },
    {
      name: 'oldest first',
      entries: [entry({ id: 'a', date: '2026-11-25' }), entry({ id: 'b' })],
      ok: false,
    },
    { name: 'an id with capitals', entries: [entry({ id: 'Capital' })], ok: false },
    { name: 'not a day', entries: [entry({ date: '2026-13-01' })], ok: false },
    { name: 'unknown category', entries: [{ ...entry(), category: 'news' }], ok: false },
    {
      name: 'a route that is not a path',
      entries: [entry({ affects: { routes: ['divides'] } })],
      ok: false,
    },
    {
      name: 'a link to a page',
      entries: [entry({ page: { path: '/access-our-data', name: 'Access our data' } })],
      ok: true,
    },
    {
      name: 'a page link that is not a path',
      entries: [entry({ page: { path: 'https://example.org/', name: 'Elsewhere' } })],
      ok: false,
    },
    {
      name: 'a page link without a name',
      entries: [entry({ page: { path: '/', name: '' } })],
      ok: false,
    },
  ])('$name', ({ entries, ok }) => {
    expect(WhatsNewSchema.safeParse(entries).success).toBe(ok);
  });
});
