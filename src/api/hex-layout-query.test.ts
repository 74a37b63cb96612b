import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../testing/msw/server';
import { fetchHexLayout } from './hex-layout-query';
import { LoadError } from './load-error';

const URL = 'http://localhost/geo/icb23.hexjson';

describe('fetchHexLayout', () => {
  it('returns the layout', async () => {
    const layout = await fetchHexLayout(URL);
    expect(Object.keys(layout.hexes).length).toBeGreaterThan(0);
  });

  it.each([
    ['a 404', () => new HttpResponse(null, { status: 404 }), 'http', /HTTP 404/],
    ['invalid JSON', () => new HttpResponse('{"lay'), 'not-json', /map layout is not valid JSON/],
    [
      'JSON that is not a layout',
      () => HttpResponse.json({ hello: 'world' }),
      'unusable-file',
      /map layout cannot be used/,
    ],
  ] as const)('fails on %s as a map layout LoadError, never a feed one', async (...row) => {
    const [, respond, failure, reason] = row;
    server.use(http.get('*/geo/icb23.hexjson', respond));
    const error = await fetchHexLayout(URL).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ resource: 'map layout', failure });
    expect((error as LoadError).reason).toMatch(reason);
  });
});
