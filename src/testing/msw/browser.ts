import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Started by main.tsx only when VITE_MSW=on in development. */
export const worker = setupWorker(...handlers);
