import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { catalogueScenarios, feedScenarios } from './scenarios';

/**
 * Started by main.tsx only when VITE_MSW=on in development. `?msw-scenario=serverError` (or any
 * name in ./scenarios.ts) puts that failure in front of the default handlers, to see error states.
 */
const requested = new URLSearchParams(window.location.search).get('msw-scenario');
const name =
  requested && requested in feedScenarios ? (requested as keyof typeof feedScenarios) : null;
// At both addresses: the default is the mesh catalogue unless VITE_FEED_URL names the feed.
const scenario = name ? [feedScenarios[name], catalogueScenarios[name]] : [];

export const worker = setupWorker(...scenario, ...handlers);
