import type { ProfileModel } from '../../domain/profile/profile-model';

/** The category chart's rows and series for a profile: the system, England, region, peers. */
export function categoryChartInput(model: ProfileModel) {
  return {
    rows: model.categoryRows.map((row) => ({
      key: row.id,
      label: row.name,
      values: {
        system: row.value,
        england: row.england,
        region: row.region,
        peers: row.peerMedian,
      },
    })),
    series: [
      { key: 'system', label: model.system.shortName },
      { key: 'england', label: model.place.national },
      { key: 'region', label: model.regionName },
      { key: 'peers', label: 'Peer median' },
    ],
  };
}
