import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI machines have two busy cores: a page that scores a feed may take over the 1 s default. Kept
// below vitest's testTimeout (30 s) so a slow findBy fails with its own message, not a timeout.
configure({ asyncUtilTimeout: 10_000 });

// nhsuk-frontend components expect this class on <body>, as index.html sets it.
document.body.classList.add('nhsuk-frontend-supported');

afterEach(() => {
  cleanup();
});
