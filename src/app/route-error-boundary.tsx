import { useQueryClient } from '@tanstack/react-query';
import type { FallbackProps } from 'react-error-boundary';
import { LoadError } from '../api/load-error';
import { queryKeys } from '../api/query-keys';
import { PageTitle } from '../components/ui/page-title';
import { ProblemPanel } from '../components/ui/problem-panel';
import { FeedErrorView } from './feed-error-view';

/**
 * The last line of defence for a screen: a failed chunk download or a bug. Feed failures are
 * normally handled nearer, by FeedErrorBoundary; they are recognised here too in case one escapes.
 * Retry asks for the data afresh and draws the screen again (a failed page download is asked for
 * again: src/app/lazy-route.tsx).
 */
export function RouteErrorBoundary({ error, resetErrorBoundary }: FallbackProps) {
  const queryClient = useQueryClient();

  const retry = () => {
    void queryClient
      .resetQueries({ queryKey: queryKeys.feed.all })
      .then(() => resetErrorBoundary());
  };

  if (error instanceof LoadError) return <FeedErrorView error={error} onRetry={retry} />;

  return (
    <>
      <PageTitle title="Something went wrong" />
      <h1 className="nhsuk-heading-xl">Something went wrong on this page</h1>
      <ProblemPanel title="This page could not be shown">
        <p>
          The rest of the dashboard still works. Try again, or choose another page from the menu.
        </p>
      </ProblemPanel>
      <button type="button" className="nhsuk-button" onClick={retry}>
        Retry
      </button>
    </>
  );
}
