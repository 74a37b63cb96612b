import type { ReactNode } from 'react';
import { areaForKey } from '../../domain/charts/area-navigation';
import type { HexMapModel } from '../../domain/charts/hex-map-model';
import { HexMap } from './hex-map';
import { MapLegend } from './map-legend';
import { NoDrawing } from '../ui/no-drawing';

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
  const nothing = nothingToDraw(model);
  if (nothing) return <NoDrawing>{nothing}</NoDrawing>;
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

/** Why the map would be blank (no system placed, or none with a value), or null when it is not. */
function nothingToDraw(model: HexMapModel): string | null {
  if (model.areas.length === 0) {
    return model.unplaced.length > 0
      ? `None of the ${model.unplaced.length} systems has a place on the map or a centroid to place it by, so there is no map; the Table tab has every value.`
      : 'There are no systems to map in this quarter.';
  }
  // Every placed system in the "No data" class: a map of white hexes says nothing.
  const noData = model.legend.find((entry) => entry.label === 'No data');
  if (noData && noData.count === model.areas.length) {
    return 'No system on the map has a value in this quarter, so there is nothing to colour.';
  }
  return null;
}
