import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../src/testing/msw/server';
import { downloadBoundaries } from './download';
import { ONS_ICB23_BOUNDARIES_URL, pageUrl } from './ons-service';

const ENDPOINT = 'https://ons.example.org/arcgis/rest/services/ICB/FeatureServer/0/query';
const URL = `${ENDPOINT}?f=geojson`;
const area = (code: string) => ({
  type: 'Feature',
  properties: { ICB23CD: code },
  geometry: null,
});

describe('downloadBoundaries', () => {
  it('returns the features of a single answer', async () => {
    server.use(
      http.get(ENDPOINT, () =>
        HttpResponse.json({ type: 'FeatureCollection', features: [area('A'), area('B')] }),
      ),
    );
    const result = await downloadBoundaries(URL);
    expect(result).toEqual({
      ok: true,
      pages: 1,
      collection: { type: 'FeatureCollection', features: [area('A'), area('B')] },
    });
  });

  it('follows ArcGIS paging while it says exceededTransferLimit', async () => {
    const offsets: (string | null)[] = [];
    server.use(
      http.get(ENDPOINT, ({ request }) => {
        const offset = new globalThis.URL(request.url).searchParams.get('resultOffset');
        offsets.push(offset);
        return HttpResponse.json(
          offset === null
            ? {
                type: 'FeatureCollection',
                features: [area('A'), area('B')],
                exceededTransferLimit: true,
              }
            : { type: 'FeatureCollection', features: [area('C')] },
        );
      }),
    );
    const result = await downloadBoundaries(URL);
    expect(offsets).toEqual([null, '2']);
    expect(result.ok && result.collection.features).toHaveLength(3);
    expect(result.ok && result.pages).toBe(2);
  });

  it.each([
    [
      'an HTTP error',
      () => new HttpResponse('busy', { status: 503, statusText: 'Service Unavailable' }),
      /answered HTTP 503 Service Unavailable/,
    ],
    [
      'an ArcGIS error body',
      () =>
        HttpResponse.json({
          error: { code: 400, message: 'Invalid URL', details: ['Invalid URL'] },
        }),
      /answered an error: Invalid URL/,
    ],
    [
      'not JSON',
      () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
      /did not answer JSON/,
    ],
    [
      'JSON that is not a FeatureCollection',
      () => HttpResponse.json({ type: 'Topology' }),
      /did not answer a GeoJSON FeatureCollection/,
    ],
    [
      'a network failure',
      () => HttpResponse.error(),
      /could not download .*needs internet access.*--from/,
    ],
  ])('fails with a reason on %s', async (_name, respond, reason) => {
    server.use(http.get(ENDPOINT, respond));
    const result = await downloadBoundaries(URL);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('the ONS service address', () => {
  it('asks the ICB (April 2023) FeatureServer for codes and names as GeoJSON in WGS84', () => {
    const url = new globalThis.URL(ONS_ICB23_BOUNDARIES_URL);
    expect(url.pathname).toMatch(
      /Integrated_Care_Boards_April_2023_EN_BGC\/FeatureServer\/0\/query$/,
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      where: '1=1',
      outFields: 'ICB23CD,ICB23NM',
      outSR: '4326',
      f: 'geojson',
    });
  });

  it('pages by adding resultOffset, leaving the first page as given', () => {
    expect(pageUrl(URL, 0)).toBe(URL);
    expect(pageUrl(URL, 42)).toBe(`${URL}&resultOffset=42`);
  });
});
