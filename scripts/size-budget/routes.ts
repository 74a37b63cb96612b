import type { RouteBudget } from './budget';

/**
 * Every route of src/app/routes.tsx with its lazy page module. A page renamed there and not here
 * fails the size check (the manifest has no such chunk), so this list cannot silently go stale.
 */
export const ROUTE_BUDGETS: RouteBudget[] = [
  { path: '/', page: 'src/features/national/national-page.tsx' },
  { path: '/systems', page: 'src/features/systems/systems-page.tsx' },
  { path: '/systems/:code', page: 'src/features/systems/system-profile-page.tsx' },
  { path: '/systems/:code/report', page: 'src/features/systems/report/board-report-page.tsx' },
  { path: '/compare', page: 'src/features/compare/compare-page.tsx' },
  { path: '/standards', page: 'src/features/standards/standards-page.tsx' },
  { path: '/standards/:id', page: 'src/features/standards/standard-page.tsx' },
  { path: '/divides', page: 'src/features/divides/divides-page.tsx' },
  { path: '/data', page: 'src/features/data/data-page.tsx' },
  { path: '/data/products', page: 'src/features/data/products/products-page.tsx' },
  { path: '/data/products/:id', page: 'src/features/data/products/product-page.tsx' },
  { path: '/methodology', page: 'src/features/methodology/methodology-page.tsx' },
  { path: '/accessibility', page: 'src/features/accessibility/accessibility-page.tsx' },
];
