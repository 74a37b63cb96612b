import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The Node side of the one set of handlers; the browser side is `./browser.ts`. */
export const server = setupServer(...handlers);
