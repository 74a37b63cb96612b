import { act, render, renderHook, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyRoute, usePageLoading } from './lazy-route';

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('lazyRoute', () => {
  it('asks for a page once, however often it is preloaded or drawn', async () => {
    let calls = 0;
    const { Component, preload } = lazyRoute(() => {
      calls += 1;
      return Promise.resolve(() => <p>The page</p>);
    });
    await Promise.all([preload(), preload()]);
    // Loaded before its first render (as the app's first page is): drawn at once, no fallback.
    render(
      <Suspense fallback={<p>Waiting</p>}>
        <Component />
      </Suspense>,
    );
    expect(screen.getByText('The page')).toBeInTheDocument();
    expect(screen.queryByText('Waiting')).not.toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('asks again after a failed download, so Retry can work', async () => {
    let calls = 0;
    const { preload } = lazyRoute(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : Promise.resolve(() => null);
    });
    await expect(preload()).rejects.toThrow('Failed to fetch');
    await preload();
    await preload();
    expect(calls).toBe(2);
  });

  it('says a page is loading while its code is on its way', async () => {
    const page = deferred<() => null>();
    const { preload } = lazyRoute(() => page.promise);
    const { result } = renderHook(() => usePageLoading());
    expect(result.current).toBe(false);
    await act(async () => {
      void preload();
      await Promise.resolve();
    });
    expect(result.current).toBe(true);
    await act(async () => {
      page.resolve(() => null);
      await preload();
      await Promise.resolve();
    });
    expect(result.current).toBe(false);
  });
});
