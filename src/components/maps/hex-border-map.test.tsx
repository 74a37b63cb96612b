import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BorderMapModel } from '../../domain/divides/border-map-model';
import { HexBorderMap, ISLAND_MARK } from './hex-border-map';

const model: BorderMapModel = {
  areas: [
    {
      code: 'S1',
      name: 'West Hills',
      hexes: ['0,0 10,0 5,8'],
      outline: 'M0,0L10,0L5,8Z',
      cx: 5,
      cy: 3,
      island: false,
    },
    {
      code: 'S2',
      name: 'North Vale',
      hexes: ['10,0 20,0 15,8'],
      outline: 'M10,0L20,0L15,8Z',
      cx: 15,
      cy: 3,
      island: true,
    },
  ],
  edges: [
    {
      key: 'S1|S2',
      a: 'S1',
      b: 'S2',
      score: 12,
      segments: [[10, 0, 5, 8]],
      colour: '#2a0a4a',
      width: 9,
      dash: null,
      label: 'West Hills and North Vale: 12% live on both sides',
    },
  ],
  width: 20,
  height: 8,
  legend: [
    {
      label: '10 to under 25% of the exchange weight live on both sides',
      count: 1,
      colour: '#2a0a4a',
      width: 9,
      dash: null,
    },
  ],
  notDrawn: [],
  unplaced: [],
};

describe('HexBorderMap', () => {
  it('is one labelled picture described by the summary, with a key in words', () => {
    render(
      <>
        <p id="summary">The weakest border is ...</p>
        <HexBorderMap
          title="Borders, July to September 2026"
          summaryId="summary"
          legendTitle="Cross-border score"
          model={model}
        />
      </>,
    );
    const map = screen.getByRole('img', { name: 'Borders, July to September 2026' });
    expect(map).toHaveAccessibleDescription('The weakest border is ...');
    const key = screen.getByRole('list');
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '10 to under 25% of the exchange weight live on both sides (1)',
      `${ISLAND_MARK}Island: every border weaker than three quarters of all borders`,
    ]);
  });

  it('draws each border segment with its band style and names it for hovering', () => {
    const { container } = render(
      <HexBorderMap title="Borders" summaryId="s" legendTitle="Key" model={model} />,
    );
    const line = container.querySelector('svg[role="img"] line');
    expect(line?.getAttribute('stroke')).toBe('#2a0a4a');
    expect(line?.getAttribute('stroke-width')).toBe('9');
    expect(container.querySelector('svg[role="img"] title')?.textContent).toBe(
      'West Hills and North Vale: 12% live on both sides',
    );
    expect(container.querySelectorAll('svg[role="img"] text')).toHaveLength(1);
  });

  it.each([
    [
      'no borders in the feed',
      [] as BorderMapModel['notDrawn'],
      /The feed has no borders between systems in this quarter/,
    ],
    [
      'borders whose systems do not touch on the map',
      [
        {
          a: 'S1',
          b: 'S2',
          score: 12,
          liveOnBoth: [],
          exchangeStandards: [],
          platforms: { a: null, b: null, same: null },
        },
      ],
      /None of the 1 borders joins two systems that touch on the map/,
    ],
  ])('with %s, says why instead of a key over a blank map', (_case, notDrawn, message) => {
    render(
      <HexBorderMap
        title="Cross-border interoperability"
        summaryId="summary"
        legendTitle="Cross-border score"
        model={{ ...model, edges: [], notDrawn }}
      />,
    );
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.queryByText('Cross-border score')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
