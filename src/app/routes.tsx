import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { FeedErrorBoundary } from './feed-error-boundary';
import { LoadingStatus } from '../components/ui/loading-status';
import { AppLayout } from './layout/app-layout';
import { AppShell } from './layout/app-shell';
import { FEED_FREE_PAGE, OWN_MESH_PROGRESS } from './feed-free-page';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';

/**
 * Every screen is its own lazily loaded chunk with its own error boundary, so one failing screen
 * (or one failed chunk download) never blanks the whole app.
 */
function lazyPage(load: () => Promise<ComponentType>): Pick<RouteObject, 'ErrorBoundary' | 'lazy'> {
  return {
    ErrorBoundary: RouteErrorBoundary,
    lazy: async () => {
      const Page = await load();
      return {
        Component: () => (
          <FeedErrorBoundary>
            <Page />
          </FeedErrorBoundary>
        ),
      };
    },
  };
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    ErrorBoundary: RouteErrorBoundary,
    // Shown while the first screen's code loads, before the layout can render: the same shell as
    // the built page's (scripts/prerender/), so React's first frame changes nothing on screen.
    HydrateFallback: () => <AppShell />,
    children: [
      {
        index: true,
        handle: OWN_MESH_PROGRESS,
        ...lazyPage(async () => (await import('../features/national/national-page')).NationalPage),
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
        handle: FEED_FREE_PAGE,
        ...lazyPage(
          async () =>
            (await import('../features/accessibility/accessibility-page')).AccessibilityPage,
        ),
      },
      {
        path: 'whats-new',
        handle: FEED_FREE_PAGE,
        ...lazyPage(
          async () => (await import('../features/whats-new/whats-new-page')).WhatsNewPage,
        ),
      },
      {
        path: 'access-our-data',
        handle: FEED_FREE_PAGE,
        ...lazyPage(
          async () =>
            (await import('../features/open-data/access-our-data-page')).AccessOurDataPage,
        ),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
  {
    // One chart for another site's iframe: its own minimal layout, no header, navigation or search.
    path: 'embed',
    ErrorBoundary: RouteErrorBoundary,
    HydrateFallback: () => <LoadingStatus label="Loading the chart…" />,
    lazy: async () => ({ Component: (await import('./embed/embed-layout')).EmbedLayout }),
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
      { path: '*', Component: NotFoundPage },
    ],
  },
];
