import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI machines have two busy cores: a page that scores a feed may take over the 1 s default. A
// file's first load now also imports the feed readers on demand (feed-body-readers.ts), and a full
// run on a loaded machine (load 8) left a standard's page on "Loading data…" past 10 s, where it
// takes 1.0-1.5 s alone. Kept below vitest's testTimeout (30 s) so a slow findBy fails with its
// own message, not a timeout.
configure({ asyncUtilTimeout: 20_000 });

// nhsuk-frontend components expect this class on <body>, as index.html sets it.
document.body.classList.add('nhsuk-frontend-supported');

afterEach(() => {
  cleanup();
});
