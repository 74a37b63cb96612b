import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import type { DataRouter } from 'react-router';
import { ExportFeedProvider } from './export-feed-provider';

export function App({ queryClient, router }: { queryClient: QueryClient; router: DataRouter }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExportFeedProvider>
        <RouterProvider router={router} />
      </ExportFeedProvider>
    </QueryClientProvider>
  );
}
