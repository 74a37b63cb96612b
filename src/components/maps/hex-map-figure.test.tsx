import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HexAreaModel, HexMapModel } from '../../domain/charts/hex-map-model';
import { HexMapFigure } from './hex-map-figure';

const area: HexAreaModel = {
  code: 'S1',
  label: 'West Hills: no data',
  hexIds: ['S1'],
  hexes: ['0,0 10,0 5,8'],
  outline: 'M0,0L10,0L5,8Z',
  cx: 5,
  cy: 3,
  fill: '#ffffff',
  hatched: false,
  hatchStroke: '#212b32',
  shape: null,
  tooltipTitle: 'West Hills',
  tooltipLines: ['No data'],
};

function model(overrides: Partial<HexMapModel>): HexMapModel {
  return {
    areas: [area],
    regionOutlines: [],
    width: 20,
    height: 8,
    unplaced: [],
    legend: [
      { swatch: '#f8fcc9', label: '0 to under 10', count: 0 },
      { swatch: '#ffffff', label: 'No data', count: 1 },
    ],
    ...overrides,
  };
}

function renderFigure(mapModel: HexMapModel) {
  render(
    <HexMapFigure
      title="Readiness by system"
      summaryId="summary"
      legendTitle="Readiness (0 to 100)"
      model={mapModel}
      onActivate={() => {}}
    />,
  );
}

describe('HexMapFigure with nothing to draw (issue 17 item 10)', () => {
  it.each([
    [
      'no system placed',
      model({ areas: [], unplaced: ['A', 'B', 'C'] }),
      /None of the 3 systems has a place on the map/,
    ],
    ['no systems at all', model({ areas: [], unplaced: [] }), /no systems to map/],
    ['every placed system without a value', model({}), /No system on the map has a value/],
  ])('%s: says why, with no key and no blank map', (_case, mapModel, message) => {
    renderFigure(mapModel);
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByText('Readiness (0 to 100)')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Readiness by system' })).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('draws the key and the map when one system has a value', () => {
    renderFigure(
      model({
        areas: [{ ...area, fill: '#f8fcc9', label: 'West Hills: readiness 5 of 100' }],
        legend: [
          { swatch: '#f8fcc9', label: '0 to under 10', count: 1 },
          { swatch: '#ffffff', label: 'No data', count: 0 },
        ],
      }),
    );
    expect(screen.getByText('Readiness (0 to 100)')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Readiness by system' })).toBeInTheDocument();
  });
});
