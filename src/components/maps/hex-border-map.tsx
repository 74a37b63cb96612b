import { BORDER_AREA_OUTLINE, INK } from '../../domain/charts/chart-theme';
import type { BorderMapModel } from '../../domain/divides/border-map-model';
import { AREA_FILL } from '../../domain/divides/border-map-model';
import { NoDrawing } from '../ui/no-drawing';

/** The mark for an island, in the key and on the map: a shape, so colour is not the only cue. */
export const ISLAND_MARK = '◆';

function LineSwatch({
  colour,
  width,
  dash,
}: {
  colour: string;
  width: number;
  dash: string | null;
}) {
  return (
    <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="8"
        x2="34"
        y2="8"
        stroke={colour}
        strokeWidth={Math.min(width, 12)}
        strokeLinecap="round"
        strokeDasharray={dash ?? undefined}
      />
    </svg>
  );
}

/**
 * The hex map in border mode: pale hexes, and each edge where two bordering systems meet drawn as
 * its border's score band says (thick and dark where weak). A picture with a text alternative
 * (`summaryId`) and, in its chart frame, a table of every border: the table is the way in for
 * keyboard and screen-reader users, so the drawing itself takes no focus. Hovering an edge names
 * the border and its score.
 */
export function HexBorderMap({
  title,
  summaryId,
  legendTitle,
  model,
}: {
  title: string;
  summaryId: string;
  legendTitle: string;
  model: BorderMapModel;
}) {
  const hasIsland = model.areas.some((area) => area.island);
  // No border to draw: a key over a blank map would say nothing, so say why instead.
  if (model.edges.length === 0) {
    return (
      <NoDrawing>
        {model.notDrawn.length > 0
          ? `None of the ${model.notDrawn.length} borders joins two systems that touch on the map, so there is no border map; the Table tab lists them.`
          : 'The feed has no borders between systems in this quarter, so there is no border map.'}
      </NoDrawing>
    );
  }
  return (
    <div className="app-map-figure">
      <div className="app-map-legend">
        <p className="nhsuk-body-s app-map-legend__title">{legendTitle}</p>
        <ul className="app-map-legend__list">
          {model.legend.map((entry) => (
            <li key={entry.label} className="app-map-legend__item">
              <LineSwatch colour={entry.colour} width={entry.width} dash={entry.dash} />
              {entry.label} <span className="app-map-legend__count">({entry.count})</span>
            </li>
          ))}
          {hasIsland ? (
            <li className="app-map-legend__item">
              <span aria-hidden="true" className="app-border-map__island-key">
                {ISLAND_MARK}
              </span>
              Island: every border weaker than three quarters of all borders
            </li>
          ) : null}
        </ul>
      </div>
      <div className="app-hex-map">
        <svg
          viewBox={`0 0 ${model.width} ${model.height}`}
          className="app-hex-map__svg"
          role="img"
          aria-label={title}
          aria-describedby={summaryId}
        >
          {model.areas.map((area) => (
            <g key={area.code}>
              {area.hexes.map((points) => (
                <polygon key={points} points={points} fill={AREA_FILL} stroke={AREA_FILL} />
              ))}
              <path d={area.outline} fill="none" stroke={BORDER_AREA_OUTLINE} strokeWidth={1} />
            </g>
          ))}
          {model.edges.map((edge) => (
            <g key={edge.key}>
              <title>{edge.label}</title>
              {edge.segments.map(([x1, y1, x2, y2]) => (
                <line
                  key={`${x1},${y1},${x2},${y2}`}
                  x1={x1}
                  y1={y1}
                  x2={x2}
                  y2={y2}
                  stroke={edge.colour}
                  strokeWidth={edge.width}
                  strokeLinecap="round"
                  strokeDasharray={edge.dash ?? undefined}
                />
              ))}
            </g>
          ))}
          {model.areas
            .filter((area) => area.island)
            .map((area) => (
              <text
                key={`island-${area.code}`}
                x={area.cx}
                y={area.cy}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize="16"
                fill={INK}
              >
                {ISLAND_MARK}
              </text>
            ))}
        </svg>
      </div>
    </div>
  );
}
