import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw/server';

// A request no handler answers is a test bug, never a silent network call.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
