/**
 * The shape of scoring results. Plain data only (no classes, Maps or functions): scores are
 * computed in a Web Worker and cross to the page by structured cloning.
 */
import type { AggregateScore } from './aggregate';

export type { AggregateScore } from './aggregate';

export interface CategoryScore {
  /** Weighted mean of the category's reported standard scores; null when none was reported. */
  score: number | null;
  /** Share of the category's standard weight that was reported, 0-1. */
  completeness: number;
}

export interface SystemScore {
  code: string;
  regionCode: string;
  population: number;
  /** 0-100; null when nothing (switched on) was reported. */
  overall: number | null;
  /** 0-1: share of the effective weight that was reported. */
  completeness: number;
  lowConfidence: boolean;
  categories: Record<string, CategoryScore>;
  /** Standard score 0-100 as reported, whatever its weight; null = not reported. */
  standards: Record<string, number | null>;
}

export interface PeriodScores {
  period: string;
  /** The systems valid in the period (its geography vintage), in feed order. */
  systems: SystemScore[];
  national: AggregateScore;
  regions: Record<string, AggregateScore>;
  categoriesNational: Record<string, AggregateScore>;
}

export interface FeedScores {
  /** Keyed by period, inserted oldest first. */
  byPeriod: Record<string, PeriodScores>;
}
