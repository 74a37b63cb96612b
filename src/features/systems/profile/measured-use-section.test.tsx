import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../../domain/feed/feed-schema';
import { SearchUpdaterProvider } from '../../../lib/url-state/use-search-updater';
import { MEASURED_MEASURES } from '../../../testing/fixtures/feeds/measured-feed';
import { minimalFeed } from '../../../testing/fixtures/feeds/minimal-feed';
import { MeasuredUseSection } from './measured-use-section';

const rate = MEASURED_MEASURES[0]!;
const row = (system: string, period: string, numerator: number, denominator: number) =>
  ({
    system,
    measure: rate.id,
    period,
    numerator,
    denominator,
    value: (numerator / denominator) * 1000,
  }) as Measurement;

// In the minimal feed S2 ended in March 2026; S4 began in April with 60% of S2's residents.
const feed = {
  ...minimalFeed,
  measures: [rate],
  measurements: [
    row('S1', '2026-02', 2000, 100000),
    row('S1', '2026-03', 2000, 100000),
    row('S1', '2026-04', 2000, 100000),
    row('S2', '2026-02', 3000, 100000),
    // S2 has no March value.
    row('S4', '2026-04', 2100, 60000),
  ],
};

function renderSection(code: string) {
  const system = minimalFeed.geography.systems.find((s) => s.code === code)!;
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <SearchUpdaterProvider>
          <MeasuredUseSection feed={feed} system={system} national="England" />
        </SearchUpdaterProvider>
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
  return { system, section: screen.getByRole('region', { name: 'Measured use' }) };
}

describe('MeasuredUseSection trend', () => {
  it('frames the trend with Chart and Table tabs and marks the estimate from predecessors', async () => {
    const { system, section } = renderSection('S4');
    const frame = within(section).getByRole('region', { name: 'Month by month' });
    expect(within(frame).getByRole('tab', { name: 'Chart' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // Feb: 0.6 x 3000 / (0.6 x 100000) x 1000 = 30.0, estimated; April: 2100 / 60000 x 1000 = 35.0
    expect(
      within(frame).getByText(
        new RegExp(
          `^${system.shortName} rose from 30.0 per 1,000 people in February 2026 \\(estimated from predecessors\\) to 35.0 per 1,000 people in April 2026\\.`,
        ),
      ),
    ).toBeInTheDocument();
    expect(within(frame).getByText(/March 2026 cannot be judged/)).toBeInTheDocument();
    expect(
      within(frame).getByText(/Published by NHS England; management information/),
    ).toBeInTheDocument();

    await userEvent.click(within(frame).getByRole('tab', { name: 'Table' }));
    const table = within(frame).getByRole('table', { name: /each period, with England/ });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => [...tr.children].map((cell) => cell.textContent));
    // On a phone each cell carries its column's name first; the value ends the cell.
    const ends = (text: string | null, end: string) =>
      text === end || (text?.endsWith(` ${end}`) ?? false);
    // England: (2000 + 3000) / 200000 x 1000 = 25.0 in Feb; 2000 / 100000 x 1000 = 20.0 in March;
    // (2000 + 2100) / 160000 x 1000 = 25.6 in April.
    const expected = [
      ['February 2026', '30.0, estimated from predecessors (crosswalk)', '25.0'],
      [
        'March 2026',
        `Cannot be judged: no value for ${minimalFeed.geography.systems[1]!.shortName}`,
        '20.0',
      ],
      ['April 2026', '35.0', '25.6'],
    ];
    expect(cells.map((r, i) => r.map((text, j) => ends(text, expected[i]![j]!)))).toEqual(
      expected.map((r) => r.map(() => true)),
    );
  });

  it('shows an ended system its own months only, and names where its area went', () => {
    const { section } = renderSection('S2');
    const frame = within(section).getByRole('region', { name: 'Month by month' });
    const [s3, s4] = ['S3', 'S4'].map(
      (code) => minimalFeed.geography.systems.find((s) => s.code === code)!.shortName,
    );
    expect(
      within(frame).getByText(
        new RegExp(`ended on 31 March 2026; later months are published for ${s4} and ${s3}\\.`),
      ),
    ).toBeInTheDocument();
  });
});
