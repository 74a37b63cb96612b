/** Small text helpers shared by the profile's sections. */
export function score(value: number | null): string {
  return value === null ? 'No data' : String(Math.round(value));
}

/** One decimal place for CSV cells: enough to compare, no false precision. */
export function oneDecimal(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

export function density(value: number | null): string {
  return value === null
    ? 'Not known'
    : `${Math.round(value).toLocaleString('en-GB')}\u00a0per\u00a0km²`;
}

export function deprivation(value: number | null): string {
  return value === null ? 'Not known' : value.toFixed(1);
}

export function systemPath(code: string): string {
  return `/systems/${encodeURIComponent(code)}`;
}
