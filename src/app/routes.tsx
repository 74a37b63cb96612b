import type { ComponentType } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { matchRoutes, useLocation } from 'react-router';
import type { RouteObject } from 'react-router';
import { FeedErrorBoundary } from './feed-error-boundary';
import { AppLayout } from './layout/app-layout';
import { FEED_FREE_PAGE, OWN_MESH_PROGRESS } from './feed-free-page';
import { lazyRoute } from './lazy-route';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';

/** A route's handle: its page's download, for the app to start before the first render. */
export interface PreloadHandle {
  preload?: () => Promise<unknown>;
}

/**
 * A screen's own error boundary: one failing screen (or one failed chunk download) never blanks
 * the whole app, and moving to another page clears it.
 */
function ScreenBoundary({ children }: { children: React.ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={RouteErrorBoundary} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}

/**
 * Every screen is its own lazily loaded chunk with its own error boundary; `handle` says what kind
 * of page it is (feed-free-page.ts).
 */
function lazyPage(
  load: () => Promise<ComponentType>,
  handle: object = {},
): Pick<RouteObject, 'element' | 'handle'> {
  const { Component: Page, preload } = lazyRoute(load);
  return {
    handle: { ...handle, preload } satisfies PreloadHandle,
    element: (
      <ScreenBoundary>
        <FeedErrorBoundary>
          <Page />
        </FeedErrorBoundary>
      </ScreenBoundary>
    ),
  };
}

/** The `handle` of each route matched at a path (the layout asks which kind of page it holds). */
function handlesAt(pathname: string): unknown[] {
  return (matchRoutes(routes, pathname) ?? []).map((match): unknown => match.route.handle);
}

const embedLayout = lazyRoute(async () => (await import('./embed/embed-layout')).EmbedLayout);

export const routes: RouteObject[] = [
  {
    element: (
      <ScreenBoundary>
        <AppLayout handlesAt={handlesAt} />
      </ScreenBoundary>
    ),
    children: [
      {
        index: true,
        ...lazyPage(
          async () => (await import('../features/national/national-page')).NationalPage,
          OWN_MESH_PROGRESS,
        ),
      },
      {
        path: 'systems',
        ...lazyPage(async () => (await import('../features/systems/systems-page')).SystemsPage),
      },
      {
        path: 'systems/:code',
        ...lazyPage(
          async () => (await import('../features/systems/system-profile-page')).SystemProfilePage,
        ),
      },
      {
        path: 'systems/:code/report',
        ...lazyPage(
          async () =>
            (await import('../features/systems/report/board-report-page')).BoardReportPage,
        ),
      },
      {
        path: 'compare',
        ...lazyPage(async () => (await import('../features/compare/compare-page')).ComparePage),
      },
      {
        path: 'standards',
        ...lazyPage(
          async () => (await import('../features/standards/standards-page')).StandardsPage,
        ),
      },
      {
        path: 'standards/:id',
        ...lazyPage(async () => (await import('../features/standards/standard-page')).StandardPage),
      },
      {
        path: 'divides',
        ...lazyPage(async () => (await import('../features/divides/divides-page')).DividesPage),
      },
      {
        path: 'say-and-do',
        ...lazyPage(
          async () => (await import('../features/say-and-do/say-and-do-page')).SayAndDoPage,
        ),
      },
      {
        path: 'data',
        ...lazyPage(async () => (await import('../features/data/data-page')).DataPage),
      },
      {
        path: 'data/products',
        ...lazyPage(
          async () => (await import('../features/data/products/products-page')).ProductsPage,
        ),
      },
      {
        path: 'data/products/:id',
        ...lazyPage(
          async () => (await import('../features/data/products/product-page')).ProductPage,
        ),
      },
      {
        path: 'methodology',
        ...lazyPage(
          async () => (await import('../features/methodology/methodology-page')).MethodologyPage,
        ),
      },
      {
        path: 'accessibility',
        ...lazyPage(
          async () =>
            (await import('../features/accessibility/accessibility-page')).AccessibilityPage,
          FEED_FREE_PAGE,
        ),
      },
      {
        path: 'whats-new',
        ...lazyPage(
          async () => (await import('../features/whats-new/whats-new-page')).WhatsNewPage,
          FEED_FREE_PAGE,
        ),
      },
      {
        path: 'access-our-data',
        ...lazyPage(
          async () =>
            (await import('../features/open-data/access-our-data-page')).AccessOurDataPage,
          FEED_FREE_PAGE,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    // One chart for another site's iframe: its own minimal layout, no header, navigation or search.
    path: 'embed',
    handle: { preload: embedLayout.preload } satisfies PreloadHandle,
    element: (
      <ScreenBoundary>
        <embedLayout.Component />
      </ScreenBoundary>
    ),
    children: [
      {
        path: 'map',
        ...lazyPage(async () => (await import('../features/national/embed-map-page')).EmbedMapPage),
      },
      {
        path: 'regions',
        ...lazyPage(
          async () => (await import('../features/national/embed-regions-page')).EmbedRegionsPage,
        ),
      },
      {
        path: 'systems/:code/trend',
        ...lazyPage(
          async () => (await import('../features/systems/embed-trend-page')).EmbedTrendPage,
        ),
      },
      {
        path: 'systems/:code/categories',
        ...lazyPage(
          async () =>
            (await import('../features/systems/embed-categories-page')).EmbedCategoriesPage,
        ),
      },
      {
        path: 'systems/:code/spine',
        ...lazyPage(
          async () => (await import('../features/systems/embed-spine-page')).EmbedSpinePage,
        ),
      },
      {
        path: 'systems/:code/measures/:measure',
        ...lazyPage(
          async () => (await import('../features/systems/embed-measure-page')).EmbedMeasurePage,
        ),
      },
      {
        path: 'standards/:id/adoption',
        ...lazyPage(
          async () => (await import('../features/standards/embed-adoption-page')).EmbedAdoptionPage,
        ),
      },
      {
        path: 'compare/trend',
        ...lazyPage(
          async () =>
            (await import('../features/compare/embed-compare-trend-page')).EmbedCompareTrendPage,
        ),
      },
      {
        path: 'say-and-do/:measure',
        ...lazyPage(
          async () =>
            (await import('../features/say-and-do/embed-say-and-do-page')).EmbedSayAndDoPage,
        ),
      },
      {
        path: 'divides/dispersion',
        ...lazyPage(
          async () =>
            (await import('../features/divides/embed-dispersion-page')).EmbedDispersionPage,
        ),
      },
      {
        path: 'divides/regional',
        ...lazyPage(
          async () => (await import('../features/divides/embed-regional-page')).EmbedRegionalPage,
        ),
      },
      {
        path: 'divides/deprivation',
        ...lazyPage(
          async () =>
            (await import('../features/divides/embed-deprivation-page')).EmbedDeprivationPage,
        ),
      },
      {
        path: 'divides/borders',
        ...lazyPage(
          async () => (await import('../features/divides/embed-borders-page')).EmbedBordersPage,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
