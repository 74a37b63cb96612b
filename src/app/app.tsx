import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * The app's providers around its router: the browser's history in the app, a memory one in tests
 * (`children` is the router with the routes, src/app/app-routes.tsx, inside).
 */
export function App({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
