import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { RegionRow } from '../../domain/charts/region-rows';
import { ComparisonLabel } from '../ui/comparison-label';

/**
 * Regions' readiness as horizontal bars with England as a reference line, in a figure whose caption
 * says what it shows, followed by the same numbers as a table.
 */
export function RegionBarChart({
  rows,
  england,
  caption,
}: {
  rows: readonly RegionRow[];
  england: number | null;
  caption: string;
}) {
  const tableId = useId();
  const data = rows.map((row) => ({
    name: row.name,
    value: row.value === null ? null : Math.round(row.value * 10) / 10,
  }));
  return (
    <figure className="app-figure">
      <figcaption className="nhsuk-body">{caption}</figcaption>
      <div aria-hidden="true" className="app-chart">
        <ResponsiveContainer width="100%" height={40 * data.length + 40}>
          <BarChart
            accessibilityLayer={false}
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke="#d8dde0" />
            <XAxis type="number" domain={[0, 100]} tick={{ fill: '#212b32' }} />
            <YAxis type="category" dataKey="name" width={170} tick={{ fill: '#212b32' }} />
            <Bar dataKey="value" fill="#005eb8" isAnimationActive={false}>
              <LabelList dataKey="value" position="right" fill="#212b32" />
            </Bar>
            {england !== null ? (
              <ReferenceLine
                x={england}
                stroke="#212b32"
                strokeDasharray="4 3"
                label={{
                  value: `England ${Math.round(england)}`,
                  position: 'top',
                  fill: '#212b32',
                }}
              />
            ) : null}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="nhsuk-table" id={tableId}>
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          The same figures as a table
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Region</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Readiness
            </th>
            <th scope="col">Compared with England</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td className="nhsuk-table__cell--numeric">
                {row.value === null ? '–' : Math.round(row.value)}
              </td>
              <td>
                <ComparisonLabel comparison={row.vsEngland} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
