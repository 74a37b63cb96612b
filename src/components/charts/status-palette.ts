import type { AdoptionStatus } from '../../domain/feed/feed-schema';

/**
 * The statuses are ordered, so they get a sequential palette from light to dark (ColorBrewer
 * YlGnBu, 5 classes): the order reads in lightness alone, which survives every kind of colour
 * blindness and greyscale printing, and the hue shift from yellow through green to blue keeps
 * neighbouring statuses apart. A single-hue blue ramp left piloting and partly live too close.
 */
export const STATUS_COLOURS: Record<AdoptionStatus, string> = {
  'not-started': '#ffffcc',
  planned: '#a1dab4',
  piloting: '#41b6c4',
  partial: '#2c7fb8',
  live: '#253494',
};

/** Outlines each segment, so the palest still has an edge against the white page (WCAG 1.4.11). */
export const SEGMENT_OUTLINE = '#425563';
