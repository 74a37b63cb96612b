import type { ReactNode } from 'react';
import { areaForKey } from '../../domain/charts/area-navigation';
import type { HexMapModel } from '../../domain/charts/hex-map-model';
import { HexMap } from './hex-map';
import { MapLegend } from './map-legend';

/**
 * A hex map with its key and a notice for systems that could not be placed. Its title and summary
 * are the chart frame's; the summary describes the map to screen readers.
 */
export function HexMapFigure({
  title,
  summaryId,
  legendTitle,
  model,
  onActivate,
  instead,
}: {
  title: string;
  summaryId: string;
  legendTitle: string;
  model: HexMapModel;
  onActivate: (code: string) => void;
  /** Another drawing of the same values (the geographic map) to show in place of the hexes. */
  instead?: ReactNode;
}) {
  return (
    <div className="app-map-figure">
      {model.unplaced.length > 0 ? (
        <div className="nhsuk-inset-text">
          <p>
            {model.unplaced.length} systems have no place on the map and no centroid to place them
            by; they are in the table.
          </p>
        </div>
      ) : null}
      <MapLegend title={legendTitle} items={model.legend} />
      {instead ?? (
        <HexMap
          title={title}
          summaryId={summaryId}
          width={model.width}
          height={model.height}
          areas={model.areas}
          regionOutlines={model.regionOutlines}
          moveFrom={(code, key) => areaForKey(model.areas, code, key)}
          onActivate={onActivate}
        />
      )}
    </div>
  );
}
