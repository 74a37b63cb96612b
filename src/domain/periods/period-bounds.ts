/** The first and last day of a period, as ISO dates: they compare correctly as text. */
export interface PeriodBounds {
  /** First day, ISO date. */
  start: string;
  /** Last day, ISO date. */
  end: string;
}
