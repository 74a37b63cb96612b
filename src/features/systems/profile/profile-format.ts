import { formatFixed, formatPopulation } from '../../../domain/format/format-number';

/** Small text helpers shared by the profile's sections; numbers round by domain/format's rule. */
export function density(value: number | null): string {
  return value === null ? 'Not known' : `${formatPopulation(value)}\u00a0per\u00a0km²`;
}

export function deprivation(value: number | null): string {
  return value === null ? 'Not known' : formatFixed(value, 1);
}

export function systemPath(code: string): string {
  return `/systems/${encodeURIComponent(code)}`;
}
