import { formatFixed, formatPopulation } from '../../../domain/format/format-number';

/** Small text helpers shared by the profile's sections; numbers round by domain/format's rule. */
export function density(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'Not known';
  // A sparse system must not read "0 per km²", which says nobody lives there.
  if (value < 0.5) return 'Fewer than 1\u00a0per\u00a0km²';
  return `${formatPopulation(value)}\u00a0per\u00a0km²`;
}

export function deprivation(value: number | null): string {
  return value === null ? 'Not known' : formatFixed(value, 1);
}

export function systemPath(code: string): string {
  return `/systems/${encodeURIComponent(code)}`;
}
