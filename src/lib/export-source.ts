import type { Metadata } from '../domain/feed/feed-schema';
import { formatIsoDate } from './format-date';

/** What every exported chart says about where its numbers came from. */
export interface ExportSource {
  publisher: string;
  /** The feed's date, as people write it ("1 November 2026"). */
  dataDate: string;
  illustrative: boolean;
  licence: string;
  /** Said on every export made with what-if weights, so a copied chart cannot pass as official. */
  weightsNote: string | null;
}

export function exportSource(metadata: Metadata, customWeights: boolean): ExportSource {
  return {
    publisher: metadata.publisher,
    dataDate: formatIsoDate(metadata.generatedAt),
    illustrative: metadata.illustrative,
    licence: metadata.licence.name,
    weightsNote: customWeights ? 'Scored with custom weights, not the published ones' : null,
  };
}

/** "Source: NHS England, data of 1 November 2026. Illustrative data. Licence: OGL v3.0." */
export function sourceLine(source: ExportSource): string {
  return [
    `Source: ${source.publisher}, data of ${source.dataDate}.`,
    source.illustrative ? 'Illustrative data, not real adoption figures.' : null,
    `Licence: ${source.licence}.`,
  ]
    .filter((part) => part !== null)
    .join(' ');
}
