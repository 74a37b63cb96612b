import type { System } from '../feed/feed-schema';

/** A system with only the figures peer selection reads; the rest are fixed placeholders. */
export function peerTestSystem(
  code: string,
  population: number,
  extra: { areaKm2?: number; imdScore?: number } = {},
): System {
  return {
    code,
    codeProvisional: false,
    name: `System ${code}`,
    shortName: code,
    regionCode: 'R1',
    population,
    validFrom: '2022-07-01',
    validTo: null,
    ...extra,
  };
}
