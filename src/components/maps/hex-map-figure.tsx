import { useId } from 'react';
import type { ReactNode } from 'react';
import { areaInDirection } from '../../domain/charts/area-navigation';
import type { HexMapModel } from '../../domain/charts/hex-map-model';
import { HexMap } from './hex-map';
import { MapLegend } from './map-legend';

/**
 * A titled hex map with its summary in words, a link past it to the table, a notice for systems
 * that could not be placed, and its key.
 */
export function HexMapFigure({
  title,
  summary,
  legendTitle,
  model,
  tableId,
  onActivate,
  instead,
}: {
  title: string;
  summary: string;
  legendTitle: string;
  model: HexMapModel;
  tableId: string;
  onActivate: (code: string) => void;
  /** Another drawing of the same values (the geographic map) to show in place of the hexes. */
  instead?: ReactNode;
}) {
  const summaryId = useId();
  return (
    <figure className="app-figure">
      <figcaption>
        <span className="nhsuk-heading-m app-figure__title">{title}</span>
        <span className="nhsuk-body app-figure__summary" id={summaryId}>
          {summary}
        </span>
      </figcaption>
      <p>
        <a href={`#${tableId}`}>Skip the map: go to the table of the same values</a>
      </p>
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
          moveFrom={(code, key) => areaInDirection(model.areas, code, key)}
          onActivate={onActivate}
        />
      )}
    </figure>
  );
}
