import { listOf, oneOf, orNull, someText } from './value-check';
import type { ValueCheck } from './value-check';

/**
 * How one URL parameter becomes a typed value and back. Reading is tolerant: a missing or unusable
 * value gives the fallback, never an error, because links outlive feeds and get hand-edited.
 * Writing drops the fallback, so a default view has a short URL and two links to one view match.
 */
export interface ParamSpec<T> {
  /** The name in the query string. */
  name: string;
  /** Travels with every in-app link (the reader's period and weights), not only this page's. */
  global: boolean;
  /** The pages that read it; 'all' for parameters any page can carry. */
  pages: 'all' | readonly PageId[];
  /** Text to a candidate value; the schema then decides whether it is usable. */
  decode: (raw: string) => unknown;
  schema: ValueCheck<T>;
  encode: (value: NoInfer<T>) => string;
  fallback: NoInfer<T>;
  /** One line for the docs table and for a reader of the registry. */
  about: string;
}

export type PageId =
  | 'national'
  | 'systems'
  | 'system'
  | 'report'
  | 'compare'
  | 'standards'
  | 'standard'
  | 'divides'
  | 'data'
  | 'products'
  | 'methodology';

/** Infers T from the check, so a spec is written once and typed from it. */
export function param<T>(spec: ParamSpec<T>): ParamSpec<T> {
  return spec;
}

export function decodeParam<T>(spec: ParamSpec<T>, raw: string | null): T {
  if (raw === null) return spec.fallback;
  const parsed = spec.schema.safeParse(spec.decode(raw));
  return parsed.success ? parsed.data : spec.fallback;
}

/** The text to write, or null to leave the parameter out (the value is the default). */
export function encodeParam<T>(spec: ParamSpec<T>, value: T): string | null {
  return sameValue(value, spec.fallback) ? null : spec.encode(value);
}

/** Values here are plain data (text, lists, small records), so their JSON is their identity. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A comma-separated list: items trimmed, blanks dropped (`a, b,,` is `['a', 'b']`). */
export function decodeList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function encodeList(items: readonly string[]): string {
  return items.join(',');
}

export function asIs(raw: string): string {
  return raw;
}

/** One of a few words, the first being the default (`?view=compare`). */
export function choiceParam<const V extends readonly [string, ...string[]]>(
  name: string,
  pages: ParamSpec<V[number]>['pages'],
  values: V,
  about: string,
): ParamSpec<V[number]> {
  return param({
    name,
    global: false,
    pages,
    decode: asIs,
    schema: oneOf(values),
    encode: asIs,
    fallback: values[0],
    about,
  });
}

/** Free text or a code; null when absent or blank. */
export function textParam(
  name: string,
  pages: ParamSpec<string | null>['pages'],
  about: string,
): ParamSpec<string | null> {
  return param({
    name,
    global: false,
    pages,
    decode: asIs,
    schema: orNull(someText),
    encode: (value) => value ?? '',
    fallback: null,
    about,
  });
}

/** A comma-separated list of ids or codes; empty when absent. */
export function listParam(
  name: string,
  pages: ParamSpec<string[]>['pages'],
  about: string,
): ParamSpec<string[]> {
  return param({
    name,
    global: false,
    pages,
    decode: decodeList,
    schema: listOf(someText),
    encode: encodeList,
    fallback: [],
    about,
  });
}
