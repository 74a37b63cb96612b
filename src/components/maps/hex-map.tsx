import { memo, useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { MapKey } from '../../domain/charts/area-navigation';
import {
  FOCUS_YELLOW,
  HATCH_STROKES,
  INK,
  SECONDARY_INK,
  WHITE,
} from '../../domain/charts/chart-theme';
import type { HexAreaModel } from '../../domain/charts/hex-map-model';

/** The map draws the areas the domain's map model built. */
export type HexMapArea = HexAreaModel;

// Home and End too: unhandled, they would scroll the page away from the focused area.
const MOVES = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
const HATCH_COLOURS: readonly string[] = Object.values(HATCH_STROKES);

/**
 * An equal-area hex map. Each area is its own memoised component, so a hover, a focus or an arrow
 * key redraws the one or two areas it touches, not all of them, and React can draw a large map
 * (1,421 systems on the big-feed bench) in slices; the focus rings are drawn only in the area
 * focused or under the pointer, which halves the elements of a large map (issue 18).
 * The map is one tab stop (roving tabindex over its areas); arrow keys move
 * to the neighbouring area, Home and End to the first and last, Enter or a click opens it; focus
 * and hover show a tooltip.
 */
export function HexMap({
  title,
  summaryId,
  width,
  height,
  areas,
  regionOutlines,
  moveFrom,
  onActivate,
}: {
  title: string;
  summaryId: string;
  width: number;
  height: number;
  areas: readonly HexMapArea[];
  regionOutlines: readonly string[];
  moveFrom: (code: string, key: MapKey) => string | null;
  onActivate: (code: string) => void;
}) {
  const hatchId = useId();
  const titleId = useId();
  const [active, setActive] = useState(areas[0]?.code ?? '');
  const [shown, setShown] = useState<string | null>(null);
  // Where the rings are drawn: the focused area (shown by CSS on keyboard focus) and the hovered.
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const tabStop = areas.some((area) => area.code === active) ? active : areas[0]?.code;
  // The handlers the areas get never change, so a memoised area is not redrawn for new ones; they
  // read the latest props from here.
  const latest = useRef({ moveFrom, onActivate });
  useLayoutEffect(() => {
    latest.current = { moveFrom, onActivate };
  });

  const [handlers] = useState<AreaHandlers>(() => ({
    register: (code, element) => {
      if (element) refs.current.set(code, element);
      else refs.current.delete(code);
    },
    onKeyDown: (event, code) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        latest.current.onActivate(code);
        return;
      }
      if (!MOVES.has(event.key)) return;
      event.preventDefault();
      const next = latest.current.moveFrom(code, event.key as MapKey);
      if (next) {
        setActive(next);
        refs.current.get(next)?.focus();
      }
    },
    onClick: (code) => latest.current.onActivate(code),
    onFocus: (code) => {
      setActive(code);
      setShown(code);
      setFocused(code);
    },
    onBlur: () => {
      setShown(null);
      setFocused(null);
    },
    onMouseEnter: (code) => {
      setShown(code);
      setHovered(code);
    },
    onMouseLeave: () => {
      setShown(null);
      setHovered(null);
    },
  }));
  const hatchFill = useCallback(
    (stroke: string) => `url(#${hatchId}-${Math.max(0, HATCH_COLOURS.indexOf(stroke))})`,
    [hatchId],
  );

  const tooltip = areas.find((area) => area.code === shown);
  return (
    <div className="app-hex-map">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="app-hex-map__svg"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={summaryId}
      >
        <title id={titleId}>{title}</title>
        {/* Drawn with presentation attributes, not stylesheet classes, so a downloaded image
            (rendered away from this page's CSS) looks the same as the screen. */}
        <defs>
          {/* One hatch per line colour: the model picks dark or white lines to suit each fill. */}
          {HATCH_COLOURS.map((colour, index) => (
            <pattern
              key={colour}
              id={`${hatchId}-${index}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="transparent" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="1.5" />
            </pattern>
          ))}
        </defs>
        {areas.map((area) => (
          <HexArea
            key={area.code}
            area={area}
            tabStop={area.code === tabStop}
            ringed={area.code === focused || area.code === hovered}
            hatchFill={hatchFill}
            handlers={handlers}
          />
        ))}
        {regionOutlines.map((d) => (
          <path
            key={d}
            d={d}
            className="app-hex-region"
            fill="none"
            stroke={INK}
            strokeWidth={2.5}
          />
        ))}
      </svg>
      {tooltip ? (
        <div
          className="app-hex-tooltip"
          aria-hidden="true"
          style={{ left: `${(100 * tooltip.cx) / width}%`, top: `${(100 * tooltip.cy) / height}%` }}
        >
          <strong>{tooltip.tooltipTitle}</strong>
          {tooltip.tooltipLines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
}

interface AreaHandlers {
  register: (code: string, element: SVGGElement | null) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, code: string) => void;
  onClick: (code: string) => void;
  onFocus: (code: string) => void;
  onBlur: () => void;
  onMouseEnter: (code: string) => void;
  onMouseLeave: () => void;
}

/** One system's hexes, outline and shape; its focus rings only while focused or hovered. */
const HexArea = memo(function HexArea({
  area,
  tabStop,
  ringed,
  hatchFill,
  handlers,
}: {
  area: HexMapArea;
  tabStop: boolean;
  ringed: boolean;
  hatchFill: (stroke: string) => string;
  handlers: AreaHandlers;
}) {
  const { code } = area;
  return (
    <g
      ref={(element) => handlers.register(code, element)}
      className="app-hex-area"
      role="link"
      tabIndex={tabStop ? 0 : -1}
      aria-label={area.label}
      onKeyDown={(event) => handlers.onKeyDown(event, code)}
      onClick={() => handlers.onClick(code)}
      onFocus={() => handlers.onFocus(code)}
      onBlur={handlers.onBlur}
      onMouseEnter={() => handlers.onMouseEnter(code)}
      onMouseLeave={handlers.onMouseLeave}
    >
      {area.hexes.map((points) => (
        <polygon key={points} points={points} fill={area.fill} stroke={WHITE} strokeWidth={1} />
      ))}
      {area.hatched
        ? area.hexes.map((points) => (
            <polygon key={`h${points}`} points={points} fill={hatchFill(area.hatchStroke)} />
          ))
        : null}
      <path d={area.outline} fill="none" stroke={SECONDARY_INK} strokeWidth={1.5} />
      {ringed ? (
        <>
          <path
            d={area.outline}
            className="app-hex-focus app-hex-focus--outer"
            fill="none"
            stroke={INK}
            strokeWidth={7}
            visibility="hidden"
          />
          <path
            d={area.outline}
            className="app-hex-focus app-hex-focus--inner"
            fill="none"
            stroke={FOCUS_YELLOW}
            strokeWidth={3.5}
            visibility="hidden"
          />
        </>
      ) : null}
      {area.shape ? (
        <text
          x={area.cx}
          y={area.cy}
          className="app-hex-shape"
          aria-hidden="true"
          fontSize={14}
          textAnchor="middle"
          dominantBaseline="central"
          fill={INK}
        >
          {area.shape}
        </text>
      ) : null}
    </g>
  );
});
