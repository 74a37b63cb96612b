/** The layout of the April 2023 ICBs from the project's reference copies. */
import type { ReferenceData } from '../sample-feed/read-reference';
import type { BuiltLayout } from './build-layout';
import { buildLayout, DEFAULT_OPTIONS } from './build-layout';

export const LONDON_REGION = 'E40000003';

export function buildIcbLayout(reference: Pick<ReferenceData, 'icb23' | 'adjacency'>): BuiltLayout {
  return buildLayout(reference.icb23, reference.adjacency, {
    ...DEFAULT_OPTIONS,
    keepTogetherRegions: [LONDON_REGION],
  });
}
