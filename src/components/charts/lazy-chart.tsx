import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';

/**
 * A chart whose drawing code loads when it is first shown. recharts and its d3 parts weigh about
 * 110 kB gzip, more than most pages, so pages that draw a chart load it after their first view
 * (issue 15) rather than before. Until it arrives the chart's own height is held empty, so
 * nothing below it moves when it appears. The drawing is hidden from assistive technology and
 * its frame's summary and Table tab carry the content, so the wait hides nothing from a reader.
 */
export function lazyChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** The height, in pixels, the drawing will take for these props. */
  heightOf: (props: P) => number,
): ComponentType<P> {
  const Drawing = lazy(async () => ({ default: await load() }));
  function LazyChart(props: P) {
    return (
      <Suspense
        fallback={
          <div
            className="app-chart-pending"
            aria-hidden="true"
            style={{ height: heightOf(props) }}
          />
        }
      >
        <Drawing {...props} />
      </Suspense>
    );
  }
  return LazyChart;
}
