import { describe, expect, it } from 'vitest';
import { shareLink } from './share-link';

const page = 'https://dash.example.nhs.uk/systems/E54000008?period=2026-Q1&peers=A%2CB#gaps';

describe('shareLink', () => {
  it.each([
    [
      'the published feed: the page address as it is, without the in-page anchor',
      { kind: 'default' } as const,
      'https://dash.example.nhs.uk/systems/E54000008?period=2026-Q1&peers=A%2CB',
      null,
    ],
    [
      'another feed by address: adds feed= so the same numbers open',
      { kind: 'url', url: 'https://feeds.example.org/f.json' } as const,
      'https://dash.example.nhs.uk/systems/E54000008?period=2026-Q1&peers=A%2CB&feed=https%3A%2F%2Ffeeds.example.org%2Ff.json',
      null,
    ],
    [
      'a local file: cannot travel, and says so',
      { kind: 'file' } as const,
      'https://dash.example.nhs.uk/systems/E54000008?period=2026-Q1&peers=A%2CB',
      'The link opens the published feed: the file you loaded stays in your browser.',
    ],
  ])('%s', (_name, feed, url, caveat) => {
    expect(shareLink(page, feed)).toEqual({ url, caveat });
  });
});
