import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// nhsuk-frontend components expect this class on <body>, as index.html sets it.
document.body.classList.add('nhsuk-frontend-supported');

afterEach(() => {
  cleanup();
});
