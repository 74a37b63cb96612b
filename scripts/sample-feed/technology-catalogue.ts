/**
 * The fictional products of the sample feed and the shared care record plan. Every product and
 * supplier name here is invented: the sample must never suggest that a real supplier serves a real
 * ICB. Suppliers are named after the NATO alphabet to make that obvious.
 *
 * The plan puts regional clusters on one platform (London, the South West, Yorkshire and the
 * Humber) and many neighbours on different ones, with two switches.
 */
export interface Product {
  product: string;
  supplier: string;
}

export const SHARED_CARE_RECORD_PLATFORMS = {
  lindenholt: { product: 'Lindenholt Shared Record', supplier: 'Alpha Health Software' },
  quillon: { product: 'Quillon Care View', supplier: 'Bravo Clinical Systems' },
  tarnwick: { product: 'Tarnwick Shared Record', supplier: 'Charlie Care Technology' },
  ambrel: { product: 'Ambrel Care Exchange', supplier: 'Delta Record Works' },
  veloria: { product: 'Veloria Integrated Record', supplier: 'Echo Interop' },
} as const satisfies Record<string, Product>;

export type PlatformId = keyof typeof SHARED_CARE_RECORD_PLATFORMS;

export const ACUTE_EPRS: readonly Product[] = [
  { product: 'Orvane EPR', supplier: 'Foxtrot Hospital Systems' },
  { product: 'Kelmora Patient Record', supplier: 'Juliet Clinical Software' },
  { product: 'Brindlewood EPR', supplier: 'Kilo Health Records' },
  { product: 'Saxmere Clinical Suite', supplier: 'Lima Acute Systems' },
  { product: 'Penhallow EPR', supplier: 'Foxtrot Hospital Systems' },
];

export const GP_SYSTEMS: readonly Product[] = [
  { product: 'Pellum GP', supplier: 'Mike Primary Care Systems' },
  { product: 'Corrin Practice', supplier: 'November Practice Software' },
];

export const INTEGRATION_ENGINES: readonly Product[] = [
  { product: 'Threadway Integration Engine', supplier: 'Oscar Integration' },
  { product: 'Relaymark Hub', supplier: 'Papa Interop Systems' },
  { product: 'Conduvia Engine', supplier: 'Quebec Data Works' },
];

/** The shared care record platform of each April 2023 ICB at the start of the sample. */
export const SHARED_CARE_RECORD_PLAN: Record<string, PlatformId> = {
  E54000027: 'quillon',
  E54000028: 'quillon',
  E54000029: 'quillon',
  E54000030: 'quillon',
  E54000031: 'quillon',
  E54000036: 'tarnwick',
  E54000037: 'tarnwick',
  E54000038: 'tarnwick',
  E54000039: 'tarnwick',
  E54000040: 'tarnwick',
  E54000041: 'tarnwick',
  E54000043: 'tarnwick',
  E54000050: 'veloria',
  E54000051: 'lindenholt',
  E54000054: 'lindenholt',
  E54000061: 'lindenholt',
  E54000008: 'ambrel',
  E54000048: 'ambrel',
  E54000057: 'veloria',
  E54000010: 'ambrel',
  E54000011: 'ambrel',
  E54000013: 'lindenholt',
  E54000015: 'lindenholt',
  E54000018: 'veloria',
  E54000019: 'tarnwick',
  E54000055: 'veloria',
  E54000058: 'lindenholt',
  E54000059: 'lindenholt',
  E54000060: 'lindenholt',
  E54000062: 'veloria',
  E54000022: 'ambrel',
  E54000023: 'ambrel',
  E54000024: 'lindenholt',
  E54000025: 'quillon',
  E54000026: 'quillon',
  E54000056: 'lindenholt',
  E54000032: 'ambrel',
  E54000034: 'quillon',
  E54000042: 'veloria',
  E54000044: 'tarnwick',
  E54000063: 'quillon',
  E54000064: 'ambrel',
};

/** Planned platform changes: the system runs `to` from `fromPeriod` on. */
export const SHARED_CARE_RECORD_SWITCHES: readonly {
  system: string;
  fromPeriod: string;
  to: PlatformId;
}[] = [
  { system: 'E54000026', fromPeriod: '2025-Q1', to: 'ambrel' }, // Mid and South Essex
  { system: 'E54000019', fromPeriod: '2025-Q3', to: 'veloria' }, // Herefordshire and Worcestershire
];
