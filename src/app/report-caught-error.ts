import type { ErrorInfo } from 'react';
import { LoadError } from '../api/load-error';

/**
 * React's onCaughtError: a feed that failed to load is expected and explained on screen, so it is
 * not logged; anything else caught by an error boundary is a bug and is.
 */
export function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof LoadError) return;
  console.error(error, info.componentStack);
}
