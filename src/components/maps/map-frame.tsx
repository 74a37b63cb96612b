import type { ReactNode } from 'react';
import type { HexMapModel } from '../../domain/charts/hex-map-model';
import type { MapDatum } from '../../domain/charts/map-model';
import type { ExportSource } from '../../lib/export-source';
import { ChartFrame } from '../frame/chart-frame';
import { summaryIdOf } from '../frame/frame-ids';
import { HexMapFigure } from './hex-map-figure';
import { mapCsv } from './map-csv';
import { MapDataTable } from './map-data-table';

/** A hex map of one value per system in a chart frame, with its table and downloads. */
export function MapFrame({
  id,
  title,
  subtitle,
  periodLabel,
  summary,
  legendTitle,
  valueHeading,
  model,
  data,
  fileName,
  source,
  regionName,
  comparedWith,
  onActivate,
  about,
  instead,
}: {
  id: string;
  title: string;
  subtitle: string;
  /** Names the map and its table with the quarter, e.g. "July to September 2026". */
  periodLabel: string;
  summary: string;
  legendTitle: string;
  valueHeading: string;
  model: HexMapModel;
  data: readonly MapDatum[];
  fileName: string;
  source: ExportSource;
  regionName: (code: string) => string;
  /** The comparison column's heading: "Compared with England", "Compared with all systems". */
  comparedWith: string;
  onActivate: (code: string) => void;
  about: ReactNode;
  instead?: ReactNode;
}) {
  return (
    <ChartFrame
      id={id}
      title={title}
      subtitle={subtitle}
      summary={summary}
      fileName={fileName}
      source={source}
      csv={mapCsv(data, valueHeading, regionName, comparedWith)}
      about={about}
      table={
        <MapDataTable
          rows={data}
          caption={`${title}: ${data.length} systems, ${periodLabel}`}
          valueHeading={valueHeading}
          regionName={regionName}
          comparedWith={comparedWith}
        />
      }
    >
      <HexMapFigure
        title={`${title}, ${periodLabel}`}
        summaryId={summaryIdOf(id)}
        legendTitle={legendTitle}
        model={model}
        onActivate={onActivate}
        instead={instead}
      />
    </ChartFrame>
  );
}
