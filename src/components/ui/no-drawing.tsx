import type { ReactNode } from 'react';

/**
 * Stands where a chart or map would be when there is nothing to draw, so the reader gets the
 * reason rather than empty axes, a key over a blank map, or a heading over nothing (issue 17).
 */
export function NoDrawing({ children }: { children: ReactNode }) {
  return (
    <div className="nhsuk-inset-text app-no-drawing">
      <p>{children}</p>
    </div>
  );
}
