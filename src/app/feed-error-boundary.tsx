import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { LoadError } from '../api/load-error';
import { FeedErrorView } from './feed-error-view';

/**
 * Catches a feed that failed to load and offers Retry, which resets the failed query and renders
 * the page again. Any other error is passed on to the route's error boundary.
 */
export function FeedErrorBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => {
            if (!(error instanceof LoadError)) throw error;
            return <FeedErrorView error={error} onRetry={resetErrorBoundary} />;
          }}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
