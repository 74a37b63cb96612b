import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI machines have two busy cores: a page that scores a feed may take over the 1 s default.
configure({ asyncUtilTimeout: 5000 });

// nhsuk-frontend components expect this class on <body>, as index.html sets it.
document.body.classList.add('nhsuk-frontend-supported');

afterEach(() => {
  cleanup();
});
