import { Suspense, lazy, startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ComponentType } from 'react';

/**
 * How far outside the viewport a chart drawn "when near" starts drawing, so it is usually drawn
 * before the reader scrolls to it.
 */
export const NEAR_MARGIN = '600px 0px';

/**
 * A chart whose drawing code loads when it is first shown. recharts and its d3 parts weigh about
 * 110 kB gzip, more than most pages, so pages that draw a chart load it after their first view
 * (issue 15) rather than before. Until it arrives the chart's own height is held empty, so
 * nothing below it moves when it appears. The drawing is hidden from assistive technology and
 * its frame's summary and Table tab carry the content, so the wait hides nothing from a reader.
 *
 * With `drawWhenNear`, the code still loads at once but the chart is drawn only once its held
 * space comes within NEAR_MARGIN of the viewport. recharts draws in one task that cannot be split
 * (its store updates render synchronously): the region chart below the national map took
 * 160-190 ms in a CPU profile at load 8 while a 60 MB feed's map was drawn (issue 18 item 6).
 * Without IntersectionObserver (old browsers, jsdom) it is drawn at once.
 */
export function lazyChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** The height, in pixels, the drawing will take for these props. */
  heightOf: (props: P) => number,
  {
    drawWhenNear = false,
    heldClass,
  }: {
    drawWhenNear?: boolean;
    /** The drawing's own wrapper class, so the held space has its margins too (no shift). */
    heldClass?: string;
  } = {},
): ComponentType<P> {
  const Drawing = lazy(async () => ({ default: await load() }));
  function Pending({ height, near }: { height: number; near?: () => void }) {
    const held = useRef<HTMLDivElement>(null);
    useEffect(() => {
      const node = held.current;
      if (!near || !node) return;
      // The module is fetched and run now, in a task of its own, rather than when drawn.
      void load();
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          near();
        },
        { rootMargin: NEAR_MARGIN },
      );
      observer.observe(node);
      return () => observer.disconnect();
    }, [near]);
    const className = heldClass ? `app-chart-pending ${heldClass}` : 'app-chart-pending';
    return <div ref={held} className={className} aria-hidden="true" style={{ height }} />;
  }
  function LazyChart(props: P) {
    const [near, setNear] = useState(
      () => !drawWhenNear || typeof IntersectionObserver === 'undefined',
    );
    const reached = useCallback(() => startTransition(() => setNear(true)), []);
    const height = heightOf(props);
    if (!near) return <Pending height={height} near={reached} />;
    return (
      <Suspense fallback={<Pending height={height} />}>
        <Drawing {...props} />
      </Suspense>
    );
  }
  return LazyChart;
}
