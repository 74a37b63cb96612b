import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { LoadError } from '../api/load-error';
import { queryKeys } from '../api/query-keys';
import { PageTitle } from '../components/ui/page-title';
import { ProblemPanel } from '../components/ui/problem-panel';
import { FeedErrorView } from './feed-error-view';
import { NotFoundPage } from './not-found-page';

/**
 * The last line of defence for a screen: a failed chunk download or a bug. Feed failures are
 * normally handled nearer, by FeedErrorBoundary; they are recognised here too in case one escapes.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;

  const retry = () => {
    void queryClient
      .resetQueries({ queryKey: queryKeys.feed.all })
      .then(() =>
        navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true }),
      );
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
