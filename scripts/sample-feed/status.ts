/**
 * From a latent adoption level (share of the system's organisations live) to what a publisher
 * would report: a status, and a coverage once anything is running.
 */
import type { AdoptionStatus } from '../../src/domain/feed/feed-schema';

export const STATUS_THRESHOLDS = {
  /** Below this nothing is under way. */
  planned: 0.05,
  /** A plan becomes a pilot here. */
  piloting: 0.1,
  /** Beyond a pilot: partial roll-out, reported with coverage. */
  partial: 0.2,
  /** Live once (nearly) every organisation is. */
  live: 0.97,
} as const;

export interface ReportedAdoption {
  status: AdoptionStatus;
  coverage?: number;
}

export function toReportedAdoption(level: number): ReportedAdoption {
  const coverage = Math.min(1, Math.max(0, Math.round(level * 100) / 100));
  if (coverage < STATUS_THRESHOLDS.planned) return { status: 'not-started' };
  if (coverage < STATUS_THRESHOLDS.piloting) return { status: 'planned' };
  if (coverage < STATUS_THRESHOLDS.partial) return { status: 'piloting', coverage };
  if (coverage < STATUS_THRESHOLDS.live) return { status: 'partial', coverage };
  return { status: 'live', coverage };
}
