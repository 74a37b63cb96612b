import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { feedScenarios } from './scenarios';

/**
 * Started by main.tsx only when VITE_MSW=on in development. `?msw-scenario=serverError` (or any
 * name in ./scenarios.ts) puts that failure in front of the default handlers, to see error states.
 */
const requested = new URLSearchParams(window.location.search).get('msw-scenario');
const scenario =
  requested && requested in feedScenarios
    ? feedScenarios[requested as keyof typeof feedScenarios]
    : undefined;

export const worker = setupWorker(...(scenario ? [scenario] : []), ...handlers);
