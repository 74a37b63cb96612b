import type { AdoptionStatus } from '../../domain/feed/feed-schema';
import {
  SEGMENT_OUTLINE as THEME_SEGMENT_OUTLINE,
  STATUS_FILLS,
} from '../../domain/charts/chart-theme';

/**
 * The statuses are ordered, so they get a sequential palette from light to dark (ColorBrewer
 * YlGnBu, 5 classes): the order reads in lightness alone, which survives every kind of colour
 * blindness and greyscale printing, and the hue shift from yellow through green to blue keeps
 * neighbouring statuses apart. A single-hue blue ramp left piloting and partly live too close.
 */
export const STATUS_COLOURS: Record<AdoptionStatus, string> = {
  'not-started': STATUS_FILLS[0],
  planned: STATUS_FILLS[1],
  piloting: STATUS_FILLS[2],
  partial: STATUS_FILLS[3],
  live: STATUS_FILLS[4],
};

/** Outlines each segment, so the palest still has an edge against the white page (WCAG 1.4.11). */
export const SEGMENT_OUTLINE = THEME_SEGMENT_OUTLINE;
