/**
 * Drawing heights shared by each lazily loaded chart and the space held for it while it loads
 * (lazy-chart.tsx), kept apart from the drawings so holding the space does not load them.
 */
export const TREND_CHART_HEIGHT = 320;
export const STATUS_MIX_CHART_HEIGHT = 320;
/** The status legend's line above the status mix plot. */
export const STATUS_LEGEND_HEIGHT = 32;

/** The profile's measured-use trend: the plot alone, its key sits under it. */
export const MEASURE_TREND_CHART_HEIGHT = 260;
