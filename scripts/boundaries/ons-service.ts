/**
 * Where the ICB boundaries come from: the ONS Open Geography Portal (geoportal.statistics.gov.uk),
 * dataset "Integrated Care Boards (April 2023) Boundaries EN BGC" (generalised to 20 m, clipped to
 * the coastline), served by Esri ArcGIS Online as a FeatureServer. The query asks for every
 * feature (`where=1=1`), only the code and name fields, longitude/latitude (`outSR=4326`) and
 * GeoJSON. `npm run boundaries:fetch -- --url <query URL>` overrides it, for example with the
 * super-generalised service `.../Integrated_Care_Boards_April_2023_EN_BSC/FeatureServer/0/query`
 * or a later vintage, if ONS moves or renames the service.
 */
export const ONS_ICB23_BOUNDARIES_URL =
  'https://services1.arcgis.com/ESMARspQHYMw9BZ9/arcgis/rest/services/' +
  'Integrated_Care_Boards_April_2023_EN_BGC/FeatureServer/0/query' +
  '?where=1%3D1&outFields=ICB23CD,ICB23NM&outSR=4326&f=geojson';

export const BOUNDARIES_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0; ' +
  'Contains OS data © Crown copyright and database right 2023';

/**
 * The same query from the `offset`-th feature on. ArcGIS returns at most its record limit per
 * answer and says `exceededTransferLimit` when there is more; 42 ICBs fit in one answer today.
 */
export function pageUrl(url: string, offset: number): string {
  if (offset === 0) return url;
  const next = new URL(url);
  next.searchParams.set('resultOffset', String(offset));
  return next.href;
}
