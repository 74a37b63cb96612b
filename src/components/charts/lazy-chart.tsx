import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';

/**
 * A chart whose drawing code loads when it is first shown. recharts and its d3 parts weigh about
 * 110 kB gzip, more than most pages, so pages that draw a chart load it after their first view
 * (issue 15) rather than before. Until it arrives the chart's own height is held empty, so
 * nothing below it moves when it appears. The drawing is hidden from assistive technology and
 * its frame's summary and Table tab carry the content, so the wait hides nothing from a reader.
 *
 * Drawing a chart only once it is scrolled near was tried for the region chart below the
 * national map (recharts draws it in one task of 130-236 ms while a big feed's map draws) and
 * taken out: a page printed before the reader scrolled printed an empty frame, and recharts'
 * responsive container measures its width only after it mounts, so drawing on `beforeprint`
 * could not fill it in time.
 */
export function lazyChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  /** The height, in pixels, the drawing will take for these props. */
  heightOf: (props: P) => number,
  {
    heldClass,
  }: {
    /** The drawing's own wrapper class, so the held space has its margins too (no shift). */
    heldClass?: string;
  } = {},
): ComponentType<P> {
  const Drawing = lazy(async () => ({ default: await load() }));
  const className = heldClass ? `app-chart-pending ${heldClass}` : 'app-chart-pending';
  function LazyChart(props: P) {
    return (
      <Suspense
        fallback={
          <div className={className} aria-hidden="true" style={{ height: heightOf(props) }} />
        }
      >
        <Drawing {...props} />
      </Suspense>
    );
  }
  return LazyChart;
}
